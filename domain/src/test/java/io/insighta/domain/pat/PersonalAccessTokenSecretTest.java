package io.insighta.domain.pat;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PersonalAccessTokenSecretTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void aSecretIsThePrefixAnd256BitsOfBase64UrlAndIsNeverPrinted() {
    PersonalAccessTokenSecret secret = PersonalAccessTokenSecret.generate(random);

    assertThat(secret.value()).matches("insighta_pat_[A-Za-z0-9_-]{43}");
    assertThat(secret.value()).isNotEqualTo(PersonalAccessTokenSecret.generate(random).value());
    assertThat(secret.toString()).doesNotContain(secret.value());
    assertThat(PersonalAccessTokenSecret.isClaimedBy(secret.value())).isTrue();
  }

  @Test
  void theStoredHashIsTheSha256HexOfTheWholeSecret() {
    assertThat(PersonalAccessTokenHash.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    PersonalAccessTokenSecret secret = PersonalAccessTokenSecret.generate(random);

    assertThat(secret.hash()).isEqualTo(PersonalAccessTokenHash.of(secret.value()));
    assertThat(PersonalAccessTokenSecret.hashOf(secret.value())).contains(secret.hash());
  }

  @Test
  void onlyWellShapedSecretsAreLookedUp() {
    String body = "A".repeat(43);
    assertThat(PersonalAccessTokenSecret.hashOf("insighta_pat_" + body)).isPresent();
    assertThat(PersonalAccessTokenSecret.hashOf("insighta_pat_" + body + "A")).isEmpty();
    assertThat(PersonalAccessTokenSecret.hashOf("insighta_pat_" + "A".repeat(42))).isEmpty();
    assertThat(PersonalAccessTokenSecret.hashOf("insighta_pat_" + "A".repeat(42) + "=")).isEmpty();
    assertThat(PersonalAccessTokenSecret.hashOf("other_pat_" + body)).isEmpty();
    assertThat(PersonalAccessTokenSecret.hashOf(null)).isEmpty();
    assertThat(PersonalAccessTokenSecret.isClaimedBy("eyJhbGciOiJIUzI1NiJ9.x.y")).isFalse();
    assertThat(PersonalAccessTokenSecret.isClaimedBy("insighta_pat_short")).isTrue();
  }
}
