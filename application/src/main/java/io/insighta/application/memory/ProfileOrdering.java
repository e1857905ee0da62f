package io.insighta.application.memory;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortOrder;
import java.util.Comparator;

/** The comparator for a sort, ties broken by id exactly as the SQL adapter does. */
final class ProfileOrdering {
  private ProfileOrdering() {}

  static Comparator<Profile> of(Sort sort) {
    Comparator<Profile> primary =
        switch (sort.field()) {
          case AGE -> Comparator.comparingInt(Profile::age);
          case CREATED_AT -> Comparator.comparing(Profile::createdAt);
          case GENDER_PROBABILITY -> Comparator.comparingDouble(Profile::genderProbability);
        };
    Comparator<Profile> withTieBreak = primary.thenComparing(p -> p.id().value());
    return sort.order() == SortOrder.DESC ? withTieBreak.reversed() : withTieBreak;
  }
}
