package io.insighta.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class LoginSecretsTest {
  @Test
  void challengeMatchesTheRfc7636AppendixBExample() {
    assertThat(LoginSecrets.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void verifierIs64UnreservedCharactersAndStateIsUrlSafe() {
    LoginSecrets secrets = LoginSecrets.generate(new SecureRandom());

    assertThat(secrets.verifier()).hasSize(64).matches("[A-Za-z0-9._~-]+");
    assertThat(secrets.state()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(secrets.challenge())
        .isEqualTo(LoginSecrets.challenge(secrets.verifier()))
        .hasSize(43);
  }

  @Test
  void everyLoginGetsFreshSecrets() {
    SecureRandom random = new SecureRandom();
    LoginSecrets first = LoginSecrets.generate(random);
    LoginSecrets second = LoginSecrets.generate(random);

    assertThat(second.state()).isNotEqualTo(first.state());
    assertThat(second.verifier()).isNotEqualTo(first.verifier());
  }
}
