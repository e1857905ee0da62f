package io.insighta.application.profile;

import io.insighta.domain.query.ProfileFilter;
import java.util.Objects;

/** The filter a natural-language query was read as, and the page it selects. */
public record SearchResult(ProfileFilter interpretedAs, ProfileListResult result) {
  public SearchResult {
    Objects.requireNonNull(interpretedAs, "interpretedAs");
    Objects.requireNonNull(result, "result");
  }
}
