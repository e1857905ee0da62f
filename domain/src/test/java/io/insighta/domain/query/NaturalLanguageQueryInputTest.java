package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Input hardening: what reaches the parser from an HTTP query string may be anything. */
class NaturalLanguageQueryInputTest {

  @Test
  void nullIsNotUnderstood() {
    assertThatThrownBy(() -> NaturalLanguageQuery.parse(null))
        .isInstanceOf(QueryNotUnderstoodException.class)
        .hasMessage(NaturalLanguageQuery.NOT_UNDERSTOOD);
  }

  @Test
  void textOf500CharactersIsStillRead() {
    String query = "young males from nigeria" + " ".repeat(476);

    assertThat(query).hasSize(500);
    assertThat(NaturalLanguageQuery.parse(query))
        .isEqualTo(FilterSpec.of("g=male c=NG min=16 max=24"));
  }

  @Test
  void textLongerThan500CharactersIsRejectedEvenWhenItNamesFilters() {
    String query = "young males from nigeria" + " ".repeat(477);

    assertThatThrownBy(() -> NaturalLanguageQuery.parse(query))
        .isInstanceOf(QueryNotUnderstoodException.class);
  }

  @Test
  void sqlLikeTextIsReadForItsWordsOnly() {
    ProfileFilter filter = NaturalLanguageQuery.parse("women'; DROP TABLE profiles; -- from kenya");

    assertThat(filter).isEqualTo(FilterSpec.of("g=female c=KE"));
  }

  @Test
  void hugeNumbersAsBoundsAreRejectedNotOverflowed() {
    assertThatThrownBy(() -> NaturalLanguageQuery.parse("over 99999999999999999999999"))
        .isInstanceOf(QueryNotUnderstoodException.class);
  }

  @Test
  void bareNumbersWithoutAKeywordAreIgnored() {
    assertThat(NaturalLanguageQuery.parse("10 women 99999999999"))
        .isEqualTo(FilterSpec.of("g=female"));
  }

  @Test
  void usIsTheCountryOnlyAfterFromOrIn() {
    assertThat(NaturalLanguageQuery.parse("women in us").country().code()).isEqualTo("US");
    assertThat(NaturalLanguageQuery.parse("give us women").country()).isNull();
  }

  @Test
  void youngBoundsYieldToExplicitBoundsSideBySide() {
    assertThat(NaturalLanguageQuery.parse("young people over 18"))
        .isEqualTo(FilterSpec.of("min=18 max=24"));
    assertThat(NaturalLanguageQuery.parse("young people under 30"))
        .isEqualTo(FilterSpec.of("min=16 max=30"));
    assertThat(NaturalLanguageQuery.parse("young people between 18 and 21"))
        .isEqualTo(FilterSpec.of("min=18 max=21"));
  }
}
