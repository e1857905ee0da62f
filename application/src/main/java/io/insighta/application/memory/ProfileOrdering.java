package io.insighta.application.memory;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortOrder;
import java.time.Instant;
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

  /** Whether a profile lies strictly after the keyset position in the sort's order. */
  static boolean isAfter(Profile profile, Seek seek, Sort sort) {
    int primary =
        switch (sort.field()) {
          case AGE -> Integer.compare(profile.age(), (Integer) seek.value());
          case CREATED_AT -> profile.createdAt().compareTo((Instant) seek.value());
          case GENDER_PROBABILITY ->
              Double.compare(profile.genderProbability(), (Double) seek.value());
        };
    int position = primary != 0 ? primary : compareIds(profile.id().value(), seek.id().value());
    return sort.order() == SortOrder.DESC ? position < 0 : position > 0;
  }

  /**
   * Byte-wise (unsigned) like PostgreSQL's uuid order; {@code UUID.compareTo} compares signed
   * halves and would disagree for ids whose top bit is set.
   */
  private static int compareIds(Profile a, Profile b) {
    return compareIds(a.id().value(), b.id().value());
  }

  private static int compareIds(UUID x, UUID y) {
    int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
  }
}
