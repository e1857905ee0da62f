package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Page;
import java.util.Objects;

/** A page of profiles and whether it was served from the query cache. */
public record ProfileListResult(Page<Profile> page, boolean fromCache) {
  public ProfileListResult {
    Objects.requireNonNull(page, "page");
  }
}
