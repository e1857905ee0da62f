package io.insighta.application.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.contract.MutableClock;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedAccessTokenKeysTest {
  private static final Instant START = Instant.parse("2026-04-01T12:00:00Z");
  private static final SigningKeyTiming TIMING =
      SigningKeyTiming.forAccessTokenTtl(Duration.ofMinutes(3));

  private final MutableClock clock = new MutableClock(START);
  private final SecureRandom random = new SecureRandom();
  private final CountingSigningKeyStore store = new CountingSigningKeyStore();
  private final List<RuntimeException> failures = new ArrayList<>();

  private SharedAccessTokenKeys open() {
    return SharedAccessTokenKeys.open(store, TIMING, clock, random, failures::add);
  }

  private SigningKey addedElsewhere(int generation, Instant activatesAt) {
    SigningKey key =
        SigningKey.generate(
            SigningKeyPurpose.ACCESS_TOKEN, generation, clock.instant(), activatesAt, random);
    store.add(key);
    return key;
  }

  @Test
  void anEmptyStoreGetsOneFirstKeyThatSignsAtOnceAndASecondInstanceUsesIt() {
    SharedAccessTokenKeys a = open();
    SharedAccessTokenKeys b = open();

    assertThat(store.keys.keys(SigningKeyPurpose.ACCESS_TOKEN)).hasSize(1);
    assertThat(a.signingKey()).isEqualTo(b.signingKey());
    assertThat(a.signingKey().generation()).isEqualTo(1);
    assertThat(b.verificationKey(a.signingKey().kid())).contains(a.signingKey());
  }

  @Test
  void theKeySetIsReReadOncePerReloadPeriodNotPerToken() {
    SharedAccessTokenKeys keys = open();
    int afterOpen = store.reads.get();
    SigningKey first = keys.signingKey();
    SigningKey next = addedElsewhere(2, START.plusSeconds(10));

    clock.advance(TIMING.reloadEvery().minusSeconds(1));
    for (int i = 0; i < 50; i++) {
      assertThat(keys.signingKey()).isEqualTo(first);
    }
    assertThat(store.reads.get()).isEqualTo(afterOpen);

    clock.advance(Duration.ofSeconds(1));
    assertThat(keys.signingKey()).isEqualTo(next);
    keys.signingKey();
    assertThat(store.reads.get()).isEqualTo(afterOpen + 1);
  }

  @Test
  void unknownKidsReReadTheStoreAtMostOncePerPause() {
    SharedAccessTokenKeys keys = open();
    int afterOpen = store.reads.get();

    for (int i = 0; i < 100; i++) {
      assertThat(keys.verificationKey("garbage-kid-" + i)).isEmpty();
    }
    assertThat(store.reads.get()).isEqualTo(afterOpen + 1);
    assertThat(keys.verificationKey("not a kid at all!")).isEmpty();

    SigningKey later = addedElsewhere(2, START);
    assertThat(keys.verificationKey(later.kid())).isEmpty();
    clock.advance(TIMING.unknownKidPause());
    assertThat(keys.verificationKey(later.kid())).contains(later);
    assertThat(store.reads.get()).isEqualTo(afterOpen + 2);
  }

  @Test
  void aFailedReReadKeepsTheKnownKeysAndIsRetriedAfterThePause() {
    SharedAccessTokenKeys keys = open();
    SigningKey first = keys.signingKey();
    store.down = true;
    clock.advance(TIMING.reloadEvery());

    assertThat(keys.signingKey()).isEqualTo(first);
    assertThat(keys.verificationKey(first.kid())).contains(first);
    assertThat(failures).hasSize(1);

    store.down = false;
    SigningKey next = addedElsewhere(2, clock.instant());
    clock.advance(TIMING.unknownKidPause());
    assertThat(keys.signingKey()).isEqualTo(next);
    assertThat(failures).hasSize(1);
  }
}
