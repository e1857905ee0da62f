package io.insighta.application.profile;

import io.insighta.domain.query.ProfileQuery;

/** Lists profiles by filter, sort and page. */
public interface ListProfilesUseCase {

  default ProfileListResult list(ProfileQuery query) {
    return list(query, true);
  }

  /**
   * Lists a page; with {@code reuseCachedPage} false a cached page is not served (the page is read
   * afresh, the total may still come from the cached count), as a client's {@code Cache-Control:
   * no-cache} asks.
   */
  ProfileListResult list(ProfileQuery query, boolean reuseCachedPage);
}
