package io.insighta.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningKeyTest {
  private static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");
  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final SigningKeyPurpose ACCESS = SigningKeyPurpose.ACCESS_TOKEN;

  @Test
  void generatedKeysHaveDistinctUrlSafeKidsAndSecretsOfFortyEightBytes() {
    SecureRandom random = new SecureRandom();
    SigningKey a = SigningKey.generate(ACCESS, 1, T0, T0, random);
    SigningKey b = SigningKey.generate(ACCESS, 1, T0, T0, random);

    assertThat(a.kid()).matches("[A-Za-z0-9_-]{16}").isNotEqualTo(b.kid());
    assertThat(a.secret()).hasSize(SigningKey.GENERATED_SECRET_BYTES).isNotEqualTo(b.secret());
  }

  @Test
  void aDerivedKidIsStableForOneSecretAndDiffersForAnother() {
    byte[] other = "0123456789abcdef0123456789abcdeF".getBytes(StandardCharsets.UTF_8);

    assertThat(SigningKey.derivedKid(SECRET))
        .isEqualTo(SigningKey.derivedKid(SECRET.clone()))
        .matches("s-[0-9a-f]{16}")
        .isNotEqualTo(SigningKey.derivedKid(other));
  }

  @Test
  void shortSecretsBadKidsAndGenerationsAndEarlyActivationsAreRefused() {
    assertThatThrownBy(() -> new SigningKey(ACCESS, "k", 1, new byte[31], T0, T0))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new SigningKey(ACCESS, "a/b", 1, SECRET, T0, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SigningKey(ACCESS, "k".repeat(65), 1, SECRET, T0, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SigningKey(ACCESS, "k", 0, SECRET, T0, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SigningKey(ACCESS, "k", 1, SECRET, T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSecretIsCopiedInAndOutAndNeverPrinted() {
    byte[] secret = SECRET.clone();
    SigningKey key = new SigningKey(ACCESS, "kid-1", 1, secret, T0, T0);
    secret[0] = 'X';
    key.secret()[1] = 'Y';

    assertThat(key.secret()).isEqualTo(SECRET);
    assertThat(key.toString()).contains("kid-1").doesNotContain("0123456789abcdef");
    assertThat(key).isEqualTo(new SigningKey(ACCESS, "kid-1", 1, SECRET, T0, T0));
  }
}
