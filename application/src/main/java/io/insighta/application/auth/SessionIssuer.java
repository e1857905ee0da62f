package io.insighta.application.auth;

import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.AccessTokenCodec;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenSecret;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.TokenLifetimes;
import io.insighta.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Mints token pairs: a new family at sign-in, and access tokens for a rotated family. */
public final class SessionIssuer {
  private final AccessTokenCodec codec;
  private final RefreshTokenStore store;
  private final TokenLifetimes lifetimes;
  private final Clock clock;
  private final SecureRandom random;

  public SessionIssuer(
      AccessTokenCodec codec,
      RefreshTokenStore store,
      TokenLifetimes lifetimes,
      Clock clock,
      SecureRandom random) {
    this.codec = codec;
    this.store = store;
    this.lifetimes = lifetimes;
    this.clock = clock;
    this.random = random;
  }

  /** Opens a new refresh-token family for a user who just signed in. */
  public IssuedSession start(User user) {
    Instant now = clock.instant();
    FamilyId family = FamilyId.random();
    RefreshTokenSecret secret = RefreshTokenSecret.generate(random);
    store.store(
        RefreshToken.active(
            secret.hash(),
            family,
            user.id(),
            now,
            now.plus(lifetimes.refresh()),
            now.plus(lifetimes.session())));
    return session(user, family, secret, now);
  }

  /** A fresh refresh-token value, to be stored by a rotation. */
  RefreshTokenSecret newSecret() {
    return RefreshTokenSecret.generate(random);
  }

  Instant refreshExpiry(Instant now) {
    return now.plus(lifetimes.refresh());
  }

  /** The pair after a successful rotation: the stored successor and a new access token. */
  IssuedSession session(User user, FamilyId family, RefreshTokenSecret refresh, Instant now) {
    AccessClaims claims =
        new AccessClaims(
            user.id(),
            user.role(),
            family,
            UUID.randomUUID().toString(),
            now,
            now.plus(lifetimes.access()));
    return new IssuedSession(
        user,
        codec.issue(claims),
        refresh.value(),
        family.toString(),
        lifetimes.access(),
        lifetimes.refresh());
  }
}
