package io.insighta.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {
  private static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");
  private static final Duration RETENTION = Duration.ofMinutes(4);
  private final SecureRandom random = new SecureRandom();

  private SigningKey key(int generation, Instant activatesAt) {
    return SigningKey.generate(SigningKeyPurpose.ACCESS_TOKEN, generation, T0, activatesAt, random);
  }

  @Test
  void theNewestActiveKeySignsAndANotYetActiveOneWaits() {
    SigningKey first = key(1, T0);
    SigningKey second = key(2, T0.plusSeconds(60));
    SigningKeyRing ring = new SigningKeyRing(List.of(second, first));

    assertThat(ring.signingKey(T0.plusSeconds(59))).isEqualTo(first);
    assertThat(ring.signingKey(T0.plusSeconds(60))).isEqualTo(second);
    assertThat(ring.keys()).containsExactly(first, second);
  }

  @Test
  void beforeAnyKeyIsActiveTheOneActivatingFirstSigns() {
    SigningKey first = key(1, T0.plusSeconds(5));
    SigningKeyRing ring = new SigningKeyRing(List.of(key(2, T0.plusSeconds(90)), first));

    assertThat(ring.signingKey(T0)).isEqualTo(first);
    assertThatThrownBy(() -> new SigningKeyRing(List.of()).signingKey(T0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSupersededKeyVerifiesForTheRetentionAfterItsSuccessorActivatesThenNoLonger() {
    SigningKey first = key(1, T0);
    SigningKey second = key(2, T0.plusSeconds(60));
    SigningKeyRing ring = new SigningKeyRing(List.of(first, second));
    Instant end = T0.plusSeconds(60).plus(RETENTION);

    assertThat(ring.verifying(first.kid(), end.minusMillis(1), RETENTION)).contains(first);
    assertThat(ring.verifying(first.kid(), end, RETENTION)).isEmpty();
    assertThat(ring.verifying(second.kid(), end.plus(Duration.ofDays(400)), RETENTION))
        .contains(second);
    assertThat(ring.verifying("never-issued", T0, RETENTION)).isEmpty();
  }

  @Test
  void aKeySkippedByTwoQuickRotationsIsSupersededByTheFirstSuccessorToActivate() {
    SigningKey first = key(1, T0);
    SigningKeyRing ring =
        new SigningKeyRing(List.of(first, key(2, T0.plusSeconds(60)), key(3, T0.plusSeconds(30))));

    assertThat(ring.supersededAt(first)).contains(T0.plusSeconds(30));
  }

  @Test
  void theOldestGenerationToKeepIsTheOldestStillVerifyingAndNeverPastTheNewest() {
    SigningKeyRing ring =
        new SigningKeyRing(
            List.of(key(1, T0), key(2, T0.plusSeconds(60)), key(3, T0.plusSeconds(120))));

    assertThat(ring.oldestGenerationToKeep(T0.plusSeconds(60).plus(RETENTION), RETENTION))
        .isEqualTo(2);
    assertThat(ring.oldestGenerationToKeep(T0.plus(Duration.ofDays(9)), RETENTION)).isEqualTo(3);
    assertThat(ring.oldestGenerationToKeep(T0, RETENTION)).isEqualTo(1);
  }
}
