package io.insighta.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PkceTest {

  @Test
  void s256MatchesTheRfc7636AppendixBExample() {
    assertThat(Pkce.s256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @ParameterizedTest
  @ValueSource(ints = {43, 64, 128})
  void verifiersOf43To128UnreservedCharactersAreValid(int length) {
    assertThat(Pkce.isValidVerifier("A-._~z9".repeat(20).substring(0, length))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$", "+", "=", "/", " ", "é"})
  void verifiersWithReservedCharactersAreInvalid(String bad) {
    assertThat(Pkce.isValidVerifier("a".repeat(42) + bad)).isFalse();
  }

  @Test
  void verifiersOutsideTheLengthBoundsAreInvalid() {
    assertThat(Pkce.isValidVerifier("a".repeat(42))).isFalse();
    assertThat(Pkce.isValidVerifier("a".repeat(129))).isFalse();
    assertThat(Pkce.isValidVerifier(null)).isFalse();
    assertThatThrownBy(() -> Pkce.s256Challenge("short"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void challengeIsExactly43Base64UrlCharacters() {
    assertThat(Pkce.isValidChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).isTrue();
    assertThat(Pkce.isValidChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-c")).isFalse();
    assertThat(Pkce.isValidChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM")).isFalse();
    assertThat(Pkce.isValidChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-c=")).isFalse();
  }

  @Test
  void generatedValuesAreValidAndDistinct() {
    SecureRandom random = new SecureRandom();
    String verifier = Pkce.newVerifier(random);

    assertThat(Pkce.isValidVerifier(verifier)).isTrue();
    assertThat(verifier).hasSize(64).isNotEqualTo(Pkce.newVerifier(random));
    assertThat(Pkce.isValidState(Pkce.newState(random))).isTrue();
    assertThat(Pkce.isValidChallenge(Pkce.s256Challenge(verifier))).isTrue();
  }
}
