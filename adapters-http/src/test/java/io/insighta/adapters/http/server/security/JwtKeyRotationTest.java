package io.insighta.adapters.http.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.insighta.application.contract.MutableClock;
import io.insighta.application.memory.InMemorySigningKeyStore;
import io.insighta.application.signing.RotateSigningKeyService;
import io.insighta.application.signing.RotatedSigningKey;
import io.insighta.application.signing.SharedAccessTokenKeys;
import io.insighta.application.signing.SigningKeyTiming;
import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.InvalidTokenException;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens across a key rotation: each names its key, and an old key verifies for just so long. */
class JwtKeyRotationTest {
  private static final Instant START = Instant.parse("2026-04-01T12:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(3);
  private static final SigningKeyTiming TIMING = SigningKeyTiming.forAccessTokenTtl(TTL);

  private final MutableClock clock = new MutableClock(START);
  private final SecureRandom random = new SecureRandom();
  private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
  private final SharedAccessTokenKeys keys =
      SharedAccessTokenKeys.open(store, TIMING, clock, random, e -> {});
  private final JwtAccessTokenCodec codec =
      new JwtAccessTokenCodec(keys, JwtRules.defaults(Duration.ofSeconds(5)), clock);
  private final RotateSigningKeyService rotation =
      new RotateSigningKeyService(store, TIMING, clock, random);

  private AccessClaims claimsNow() {
    Instant now = clock.instant();
    return new AccessClaims(
        UserId.generate(clock), Role.ANALYST, FamilyId.random(), "jti", now, now.plus(TTL));
  }

  private static String kidOf(String token) {
    return JWT.decode(token).getKeyId();
  }

  /** A token of ours signed with {@code key} that expires far later than ours ever do. */
  private String longLived(SigningKey key) {
    AccessClaims claims = claimsNow();
    return JWT.create()
        .withHeader(Map.of("typ", "at+jwt"))
        .withKeyId(key.kid())
        .withIssuer(JwtRules.DEFAULT_ISSUER)
        .withAudience(JwtRules.DEFAULT_AUDIENCE)
        .withSubject(claims.userId().toString())
        .withClaim("role", "analyst")
        .withClaim("sid", claims.sessionId().toString())
        .withJWTId("jti")
        .withIssuedAt(Date.from(claims.issuedAt()))
        .withExpiresAt(Date.from(claims.issuedAt().plus(Duration.ofDays(30))))
        .sign(Algorithm.HMAC256(key.secret()));
  }

  @Test
  void aNewKeySignsOnlyAfterItsActivationDelayAndTheOldOneKeepsVerifying() {
    SigningKey first = keys.signingKey();
    String before = codec.issue(claimsNow());
    assertThat(kidOf(before)).isEqualTo(first.kid());

    RotatedSigningKey rotated = rotation.rotate();
    assertThat(rotated.signsFrom()).isEqualTo(START.plus(TIMING.activationDelay()));
    clock.advance(TIMING.activationDelay().minusSeconds(1));
    assertThat(kidOf(codec.issue(claimsNow()))).isEqualTo(first.kid());

    clock.advance(Duration.ofSeconds(1));
    String after = codec.issue(claimsNow());

    assertThat(kidOf(after)).isEqualTo(rotated.kid()).isNotEqualTo(first.kid());
    assertThat(codec.verify(after).role()).isEqualTo(Role.ANALYST);
    assertThat(codec.verify(before).role()).isEqualTo(Role.ANALYST);
  }

  @Test
  void anOldKeyVerifiesUntilTheTokenLifetimePlusTheMarginAfterItWasSupersededAndNotAfter() {
    SigningKey first = keys.signingKey();
    String oldToken = longLived(first);
    RotatedSigningKey rotated = rotation.rotate();
    Instant until = rotated.signsFrom().plus(TTL).plus(SigningKeyTiming.RETENTION_MARGIN);
    assertThat(rotated.previousVerifiesUntil()).contains(until);

    clock.set(until.minusMillis(1));
    assertThat(codec.verify(oldToken).role()).isEqualTo(Role.ANALYST);
    clock.set(until);
    assertThatThrownBy(() -> codec.verify(oldToken)).isInstanceOf(InvalidTokenException.class);
    assertThat(codec.verify(longLived(keys.signingKey())).role()).isEqualTo(Role.ANALYST);
  }

  @Test
  void aKeyAddedByAnotherInstanceIsLearnedAtTheFirstTokenNamingIt() {
    keys.signingKey();
    SigningKey elsewhere =
        SigningKey.generate(SigningKeyPurpose.ACCESS_TOKEN, 2, START, START, random);
    store.add(elsewhere);

    assertThat(codec.verify(longLived(elsewhere)).role()).isEqualTo(Role.ANALYST);
  }

  @Test
  void aTokenSignedWithAnotherSecretUnderOurKidIsRejected() {
    SigningKey ours = keys.signingKey();
    SigningKey forged =
        new SigningKey(
            SigningKeyPurpose.ACCESS_TOKEN,
            ours.kid(),
            1,
            "a-forger-s-secret-of-at-least-32-bytes"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            START,
            START);

    assertThatThrownBy(() -> codec.verify(longLived(forged)))
        .isInstanceOf(InvalidTokenException.class);
  }
}
