package io.insighta.application.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.contract.MutableClock;
import io.insighta.domain.token.SigningKeyPurpose;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoredCsrfKeyTest {
  private static final byte[] LEGACY =
      "secret-an-older-server-kept-in-its-data-directory".getBytes(StandardCharsets.UTF_8);

  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final SecureRandom random = new SecureRandom();
  private final CountingSigningKeyStore store = new CountingSigningKeyStore();

  @Test
  void theLegacySecretBecomesTheCsrfKeySoOldCsrfCookiesStayValid() {
    assertThat(StoredCsrfKey.ensure(store, Optional.of(LEGACY), clock, random).secret())
        .isEqualTo(LEGACY);
    assertThat(store.keys.keys(SigningKeyPurpose.ACCESS_TOKEN)).isEmpty();
  }

  @Test
  void theStoredKeyWinsOverAnotherInstancesLegacySecretAndIsNeverReplaced() {
    byte[] first = StoredCsrfKey.ensure(store, Optional.empty(), clock, random).secret();

    assertThat(StoredCsrfKey.ensure(store, Optional.of(LEGACY), clock, random).secret())
        .isEqualTo(first);
    assertThat(StoredCsrfKey.ensure(store, Optional.empty(), clock, random).secret())
        .isEqualTo(first);
    assertThat(store.keys.keys(SigningKeyPurpose.CSRF)).hasSize(1);
  }
}
