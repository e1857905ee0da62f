package io.insighta.application.memory;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortOrder;
import java.util.Comparator;
import java.util.UUID;

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
    Comparator<Profile> withTieBreak = primary.thenComparing(ProfileOrdering::compareIds);
    return sort.order() == SortOrder.DESC ? withTieBreak.reversed() : withTieBreak;
  }

  /**
   * Byte-wise (unsigned) like PostgreSQL's uuid order; {@code UUID.compareTo} compares signed
   * halves and would disagree for ids whose top bit is set.
   */
  private static int compareIds(Profile a, Profile b) {
    UUID x = a.id().value();
    UUID y = b.id().value();
    int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
  }
}
