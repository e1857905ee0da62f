package io.insighta.domain.profile;

/** Checks that a value is a probability in the closed range 0 to 1. */
public final class Probability {
  private Probability() {}

  public static boolean isValid(double value) {
    return value >= 0.0 && value <= 1.0;
  }

  public static void check(String field, double value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException(field + " must be between 0 and 1: " + value);
    }
  }
}
