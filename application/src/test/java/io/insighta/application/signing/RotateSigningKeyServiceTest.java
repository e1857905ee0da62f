package io.insighta.application.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.contract.Concurrently;
import io.insighta.application.contract.MutableClock;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotateSigningKeyServiceTest {
  private static final Instant START = Instant.parse("2026-04-01T12:00:00Z");
  private static final SigningKeyTiming TIMING =
      SigningKeyTiming.forAccessTokenTtl(Duration.ofMinutes(3));
  private static final SigningKeyPurpose ACCESS = SigningKeyPurpose.ACCESS_TOKEN;

  private final MutableClock clock = new MutableClock(START);
  private final CountingSigningKeyStore store = new CountingSigningKeyStore();
  private final RotateSigningKeyService rotation =
      new RotateSigningKeyService(store, TIMING, clock, new SecureRandom());

  private List<Integer> generations() {
    return store.keys.keys(ACCESS).stream().map(SigningKey::generation).toList();
  }

  @Test
  void theFirstKeyOfAnEmptyStoreSignsAtOnce() {
    RotatedSigningKey first = rotation.rotate();

    assertThat(first.generation()).isEqualTo(1);
    assertThat(first.signsFrom()).isEqualTo(START);
    assertThat(first.previousVerifiesUntil()).isEmpty();
  }

  @Test
  void aRotationAddsTheNextGenerationSigningAfterTheActivationDelay() {
    rotation.rotate();
    RotatedSigningKey second = rotation.rotate();

    assertThat(second.generation()).isEqualTo(2);
    assertThat(second.signsFrom()).isEqualTo(START.plus(TIMING.activationDelay()));
    assertThat(second.previousVerifiesUntil())
        .contains(second.signsFrom().plus(TIMING.retention()));
    assertThat(store.keys.keys(ACCESS).get(1).kid()).isEqualTo(second.kid());
    assertThat(second.deleted()).isZero();
  }

  @Test
  void keysAreDeletedOnlyADayAfterTheyStoppedVerifying() {
    rotation.rotate();
    RotatedSigningKey second = rotation.rotate();
    Instant firstStopsVerifying = second.signsFrom().plus(TIMING.retention());

    clock.set(firstStopsVerifying.plus(RotateSigningKeyService.KEEP_RETIRED).minusSeconds(1));
    assertThat(rotation.rotate().deleted()).isZero();
    assertThat(generations()).containsExactly(1, 2, 3);

    clock.set(firstStopsVerifying.plus(RotateSigningKeyService.KEEP_RETIRED));
    assertThat(rotation.rotate().deleted()).isEqualTo(1);
    assertThat(generations()).containsExactly(2, 3, 4);
  }

  @Test
  void concurrentRotationsEachAddTheirOwnGeneration() throws Exception {
    rotation.rotate();

    List<RotatedSigningKey> rotated = Concurrently.run(4, i -> rotation.rotate());

    assertThat(rotated).extracting(RotatedSigningKey::generation).doesNotHaveDuplicates();
    assertThat(generations()).containsExactly(1, 2, 3, 4, 5);
  }
}
