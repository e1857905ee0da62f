package io.insighta.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class RefreshTokenSecretTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void secretIs256BitsOfBase64UrlAndNeverPrinted() {
    RefreshTokenSecret secret = RefreshTokenSecret.generate(random);

    assertThat(secret.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(secret.value()).isNotEqualTo(RefreshTokenSecret.generate(random).value());
    assertThat(secret.toString()).doesNotContain(secret.value());
  }

  @Test
  void hashIsTheSha256HexOfTheValue() {
    assertThat(RefreshTokenHash.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    RefreshTokenSecret secret = RefreshTokenSecret.generate(random);
    assertThat(secret.hash()).isEqualTo(RefreshTokenHash.of(secret.value()));
    assertThatThrownBy(() -> new RefreshTokenHash("ABC"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
