package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.signing.FirstSigningKey;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.token.SigningKeyStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SigningKeyStore} must do: keep secrets intact, and each generation once. */
public abstract class SigningKeyStoreContract {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00.123Z");
  private static final SigningKeyPurpose ACCESS = SigningKeyPurpose.ACCESS_TOKEN;
  private final SecureRandom random = new SecureRandom();
  private SigningKeyStore store;

  /** A store with no keys at all. */
  protected abstract SigningKeyStore emptyStore();

  @BeforeEach
  void empty() {
    store = emptyStore();
  }

  private SigningKey key(SigningKeyPurpose purpose, int generation) {
    return SigningKey.generate(
        purpose, generation, NOW, NOW.plusSeconds(60L * (generation - 1)), random);
  }

  @Test
  void keysComeBackIntactOldestGenerationFirstAndOnlyForTheirPurpose() {
    SigningKey second = key(ACCESS, 2);
    SigningKey first = key(ACCESS, 1);
    SigningKey csrf = key(SigningKeyPurpose.CSRF, 1);

    assertThat(store.add(second)).isTrue();
    assertThat(store.add(first)).isTrue();
    assertThat(store.add(csrf)).isTrue();

    assertThat(store.keys(ACCESS)).containsExactly(first, second);
    assertThat(store.keys(SigningKeyPurpose.CSRF)).containsExactly(csrf);
  }

  @Test
  void aGenerationOrKidAlreadyTakenIsRefusedAndTheStoredKeyKept() {
    SigningKey first = key(ACCESS, 1);
    store.add(first);
    SigningKey sameKid =
        new SigningKey(ACCESS, first.kid(), 2, key(ACCESS, 2).secret(), NOW, NOW.plusSeconds(60));

    assertThat(store.add(key(ACCESS, 1))).isFalse();
    assertThat(store.add(sameKid)).isFalse();
    assertThat(store.keys(ACCESS)).containsExactly(first);
  }

  @Test
  void instancesRacingForTheFirstKeyAllEndUpWithTheSameOne() throws Exception {
    List<List<SigningKey>> seen =
        Concurrently.run(8, i -> FirstSigningKey.ensure(store, key(ACCESS, 1)));

    assertThat(store.keys(ACCESS)).hasSize(1);
    assertThat(seen).allSatisfy(keys -> assertThat(keys).isEqualTo(store.keys(ACCESS)));
  }

  @Test
  void concurrentAddsOfOneGenerationStoreExactlyOne() throws Exception {
    List<Boolean> stored = Concurrently.run(8, i -> store.add(key(ACCESS, 1)));

    assertThat(stored).containsOnlyOnce(true);
    assertThat(store.keys(ACCESS)).hasSize(1);
  }

  @Test
  void deletingOlderGenerationsKeepsNewerOnesAndOtherPurposes() {
    SigningKey third = key(ACCESS, 3);
    SigningKey csrf = key(SigningKeyPurpose.CSRF, 1);
    for (SigningKey key : List.of(key(ACCESS, 1), key(ACCESS, 2), third, csrf)) {
      store.add(key);
    }

    assertThat(store.deleteOlderThan(ACCESS, 3)).isEqualTo(2);
    assertThat(store.deleteOlderThan(ACCESS, 3)).isZero();
    assertThat(store.keys(ACCESS)).containsExactly(third);
    assertThat(store.keys(SigningKeyPurpose.CSRF)).containsExactly(csrf);
  }
}
