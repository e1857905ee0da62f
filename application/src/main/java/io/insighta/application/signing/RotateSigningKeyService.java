package io.insighta.application.signing;

import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.token.SigningKeyRing;
import io.insighta.domain.token.SigningKeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Adds the next generation of access-token key, signing from {@link
 * SigningKeyTiming#activationDelay()} on (by then every instance has re-read the key set), and
 * deletes keys that stopped verifying at least a day ago.
 */
public final class RotateSigningKeyService implements RotateSigningKeyUseCase {
  /**
   * Keys are deleted only this long after they stopped verifying here, as an instance configured
   * with a longer token lifetime than this command may still accept them meanwhile.
   */
  static final Duration KEEP_RETIRED = Duration.ofDays(1);

  private static final int ATTEMPTS = 5;
  private static final SigningKeyPurpose ACCESS = SigningKeyPurpose.ACCESS_TOKEN;

  private final SigningKeyStore store;
  private final SigningKeyTiming timing;
  private final Clock clock;
  private final SecureRandom random;

  public RotateSigningKeyService(
      SigningKeyStore store, SigningKeyTiming timing, Clock clock, SecureRandom random) {
    this.store = store;
    this.timing = timing;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public RotatedSigningKey rotate() {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      // Millisecond instants survive the database unchanged, so what is printed is what is kept.
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      SigningKeyRing before = new SigningKeyRing(store.keys(ACCESS));
      Instant signsFrom = before.isEmpty() ? now : now.plus(timing.activationDelay());
      SigningKey key =
          SigningKey.generate(ACCESS, before.newestGeneration() + 1, now, signsFrom, random);
      // Losing means another rotation took this generation at the same moment: build on it.
      if (store.add(key)) {
        return finish(key, now);
      }
    }
    throw new IllegalStateException("other rotations kept taking the next generation; try again");
  }

  private RotatedSigningKey finish(SigningKey key, Instant now) {
    SigningKeyRing after = new SigningKeyRing(store.keys(ACCESS));
    Optional<Instant> previousVerifiesUntil =
        after.keys().stream()
            .filter(other -> other.generation() < key.generation())
            .reduce((older, newer) -> newer)
            .flatMap(after::supersededAt)
            .map(at -> at.plus(timing.retention()));
    Duration keepFor = timing.retention().plus(KEEP_RETIRED);
    int deleted = store.deleteOlderThan(ACCESS, after.oldestGenerationToKeep(now, keepFor));
    return new RotatedSigningKey(
        key.kid(), key.generation(), key.activatesAt(), previousVerifiesUntil, deleted);
  }
}
