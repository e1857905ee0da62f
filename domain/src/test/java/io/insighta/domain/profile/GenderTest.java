package io.insighta.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderTest {

  @Test
  void parsesBothGendersCaseInsensitively() {
    assertThat(Gender.parse("male")).contains(Gender.MALE);
    assertThat(Gender.parse(" FEMALE ")).contains(Gender.FEMALE);
  }

  @Test
  void anythingElseIsEmpty() {
    assertThat(Gender.parse("men")).isEmpty();
    assertThat(Gender.parse("")).isEmpty();
    assertThat(Gender.parse(null)).isEmpty();
  }

  @Test
  void codeIsTheLowerCaseWireName() {
    assertThat(Gender.FEMALE.code()).isEqualTo("female");
  }
}
