package io.insighta.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeGroupTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, CHILD",
    "12, CHILD",
    "13, TEENAGER",
    "19, TEENAGER",
    "20, ADULT",
    "59, ADULT",
    "60, SENIOR",
    "150, SENIOR"
  })
  void bucketBoundariesAreExact(int age, AgeGroup expected) {
    assertThat(AgeGroup.of(age)).isEqualTo(expected);
  }

  @Test
  void negativeAgeHasNoBucket() {
    assertThatThrownBy(() -> AgeGroup.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wireNamesParseCaseInsensitivelyAndTrimmed() {
    assertThat(AgeGroup.parse(" Teenager ")).contains(AgeGroup.TEENAGER);
    assertThat(AgeGroup.parse("SENIOR")).contains(AgeGroup.SENIOR);
    assertThat(AgeGroup.parse("teen")).isEmpty();
    assertThat(AgeGroup.parse(null)).isEmpty();
  }

  @Test
  void bucketsCoverEveryAgeWithoutGaps() {
    AgeGroup[] groups = AgeGroup.values();
    assertThat(groups[0].minAge()).isZero();
    for (int i = 1; i < groups.length; i++) {
      assertThat(groups[i].minAge()).isEqualTo(groups[i - 1].maxAge() + 1);
    }
    assertThat(AgeGroup.ADULT.code()).isEqualTo("adult");
  }
}
