package io.insighta.application.auth;

import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.AccessTokenCodec;
import io.insighta.domain.token.InvalidTokenException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A codec that remembers what it issued, honouring expiry on the given clock. */
final class FakeAccessTokenCodec implements AccessTokenCodec {
  private final Map<String, AccessClaims> issued = new ConcurrentHashMap<>();
  private final Clock clock;

  FakeAccessTokenCodec(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String issue(AccessClaims claims) {
    String token = "at-" + claims.tokenId();
    issued.put(token, claims);
    return token;
  }

  @Override
  public AccessClaims verify(String token) {
    AccessClaims claims = issued.get(token);
    if (claims == null) {
      throw new InvalidTokenException("unknown token");
    }
    if (!clock.instant().isBefore(claims.expiresAt())) {
      throw new InvalidTokenException("expired");
    }
    return claims;
  }
}
