package io.insighta.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalIdentityTest {

  @Test
  void positiveIdsComeFromGithubAndNegativeOnesAreSynthetic() {
    assertThat(new ExternalIdentity(583231, "octocat", null, null).fromGithub()).isTrue();
    assertThat(new ExternalIdentity(-1, "insighta-test-admin", null, null).fromGithub()).isFalse();
  }

  @Test
  void zeroIdAndBlankLoginAreRejected() {
    assertThatThrownBy(() -> new ExternalIdentity(0, "x", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExternalIdentity(1, " ", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
