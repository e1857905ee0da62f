package io.insighta.application.profile;

import io.insighta.domain.query.ProfileQuery;

/** Lists profiles by filter, sort and page. */
public interface ListProfilesUseCase {

  ProfileListResult list(ProfileQuery query);
}
