package io.insighta.application.signing;

import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.token.SigningKeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one CSRF key every instance on a database shares. It never rotates with the access-token
 * keys: a CSRF cookie lives as long as its session, and a new key would refuse every one of them.
 */
public final class StoredCsrfKey {
  private StoredCsrfKey() {}

  /**
   * The stored CSRF key, created on first use from {@code legacySecret} (the secret a server kept
   * in its data directory before keys lived in the database, so its CSRF cookies stay valid) or
   * else at random.
   */
  public static SigningKey ensure(
      SigningKeyStore store, Optional<byte[]> legacySecret, Clock clock, SecureRandom random) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SigningKeyPurpose csrf = SigningKeyPurpose.CSRF;
    SigningKey candidate =
        legacySecret
            .map(secret -> new SigningKey(csrf, SigningKey.randomKid(random), 1, secret, now, now))
            .orElseGet(() -> SigningKey.generate(csrf, 1, now, now, random));
    return FirstSigningKey.ensure(store, candidate).get(0);
  }
}
