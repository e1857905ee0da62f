package io.insighta.adapters.http.server.security;

import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.SigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Access tokens that passed verification a moment ago, by their exact text, so a client sending the
 * same token request after request pays the decode and signature check once per couple of seconds.
 * An entry is used only before its token expires and while the key that verified it still does.
 */
final class RecentlyVerifiedTokens {
  static final Duration MEMORY = Duration.ofSeconds(2);
  static final int MAX_ENTRIES = 10_000;

  private final Map<String, Verified> byToken = new ConcurrentHashMap<>();

  /** The claims of {@code token} if it was verified recently by a key {@code keys} still trusts. */
  Optional<AccessClaims> find(
      String token, Instant now, Function<String, Optional<SigningKey>> keys) {
    Verified verified = byToken.get(token);
    if (verified == null) {
      return Optional.empty();
    }
    if (!now.isBefore(verified.until())
        || !keys.apply(verified.key().kid()).map(verified::sameKey).orElse(false)) {
      byToken.remove(token, verified);
      return Optional.empty();
    }
    return Optional.of(verified.claims());
  }

  void remember(String token, AccessClaims claims, SigningKey key, Instant now) {
    Instant until = now.plus(MEMORY);
    if (claims.expiresAt().isBefore(until)) {
      until = claims.expiresAt();
    }
    if (byToken.size() >= MAX_ENTRIES) {
      byToken.clear();
    }
    byToken.put(token, new Verified(claims, key, until));
  }

  private record Verified(AccessClaims claims, SigningKey key, Instant until) {
    boolean sameKey(SigningKey current) {
      return current == key || current.equals(key);
    }
  }
}
