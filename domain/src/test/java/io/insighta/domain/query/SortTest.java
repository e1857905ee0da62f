package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortTest {

  @Test
  void sortFieldsParseCaseInsensitively() {
    assertThat(SortField.parse("AGE")).contains(SortField.AGE);
    assertThat(SortField.parse("created_at")).contains(SortField.CREATED_AT);
    assertThat(SortField.parse("Gender_Probability")).contains(SortField.GENDER_PROBABILITY);
  }

  @Test
  void unknownOrMissingSortFieldIsEmpty() {
    assertThat(SortField.parse("name")).isEmpty();
    assertThat(SortField.parse("createdAt")).isEmpty();
    assertThat(SortField.parse(null)).isEmpty();
  }

  @Test
  void sortOrdersParseCaseInsensitively() {
    assertThat(SortOrder.parse("ASC")).contains(SortOrder.ASC);
    assertThat(SortOrder.parse("desc")).contains(SortOrder.DESC);
    assertThat(SortOrder.parse("descending")).isEmpty();
    assertThat(SortOrder.parse(null)).isEmpty();
  }

  @Test
  void defaultSortIsCreatedAtAscending() {
    assertThat(Sort.DEFAULT.canonicalKey()).isEqualTo("created_at:asc");
  }
}
