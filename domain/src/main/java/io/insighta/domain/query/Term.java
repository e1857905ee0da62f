package io.insighta.domain.query;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import java.util.Objects;

/** The meaning of one vocabulary phrase: its kind and, for values, the value it names. */
record Term(TermKind kind, Gender gender, AgeGroup ageGroup, Country country) {
  Term {
    Objects.requireNonNull(kind, "kind");
  }

  static Term of(TermKind kind) {
    return new Term(kind, null, null, null);
  }

  static Term of(Gender gender) {
    return new Term(TermKind.GENDER, gender, null, null);
  }

  static Term of(AgeGroup ageGroup) {
    return new Term(TermKind.AGE_GROUP, null, ageGroup, null);
  }

  static Term of(TermKind kind, Country country) {
    return new Term(kind, null, null, country);
  }
}
