package io.insighta.domain.profile;

import java.util.Objects;

/** The stored profile after an insert-if-absent, and whether this call created it. */
public record SaveOutcome(Profile profile, boolean created) {
  public SaveOutcome {
    Objects.requireNonNull(profile, "profile");
  }
}
