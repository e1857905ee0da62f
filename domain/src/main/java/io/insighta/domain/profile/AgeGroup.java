package io.insighta.domain.profile;

import java.util.Locale;
import java.util.Optional;

/** Age bucket of a profile: child 0–12, teenager 13–19, adult 20–59, senior 60+. */
public enum AgeGroup {
  CHILD(0, 12),
  TEENAGER(13, 19),
  ADULT(20, 59),
  SENIOR(60, Integer.MAX_VALUE);

  private final int minAge;
  private final int maxAge;

  AgeGroup(int minAge, int maxAge) {
    this.minAge = minAge;
    this.maxAge = maxAge;
  }

  public int minAge() {
    return minAge;
  }

  public int maxAge() {
    return maxAge;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bucket an age falls in; ages are never negative. */
  public static AgeGroup of(int age) {
    if (age < 0) {
      throw new IllegalArgumentException("age must not be negative: " + age);
    }
    for (AgeGroup group : values()) {
      if (age <= group.maxAge) {
        return group;
      }
    }
    throw new AssertionError("unreachable: SENIOR has no upper bound");
  }

  /** Case-insensitive lookup of the wire name. */
  public static Optional<AgeGroup> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String code = text.trim().toLowerCase(Locale.ROOT);
    for (AgeGroup group : values()) {
      if (group.code().equals(code)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }
}
