package io.insighta.domain.query;

import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import java.util.List;

/**
 * Names the part of the query cache a profile write can change: a filter's results depend only on
 * the profiles its gender and country admit, so a write of a male Nigerian touches the four scopes
 * "any", "male", "NG" and "male in NG", never "female" or "GH". A cached profile lives in a scope
 * of its own id.
 */
public record CacheScope(String key) {
  private static final String ANY = "*";
  private static final String PROFILE_PREFIX = "id=";

  /** The scope whose writes can change the results of {@code filter}. */
  public static CacheScope of(ProfileFilter filter) {
    return of(filter.gender(), filter.country());
  }

  /** The scope of the cached profile with this id. */
  public static CacheScope ofProfile(ProfileId id) {
    return new CacheScope(PROFILE_PREFIX + id);
  }

  /** Whether this is the scope of one cached profile rather than of filters. */
  public boolean isProfile() {
    return key.startsWith(PROFILE_PREFIX);
  }

  /** Every scope a created or deleted {@code profile} changes, its own id included. */
  public static List<CacheScope> touchedBy(Profile profile) {
    Gender gender = profile.gender();
    Country country = profile.country();
    return List.of(
        of(null, null),
        of(gender, null),
        of(null, country),
        of(gender, country),
        ofProfile(profile.id()));
  }

  private static CacheScope of(Gender gender, Country country) {
    return new CacheScope(
        "g="
            + (gender == null ? ANY : gender.code())
            + ";c="
            + (country == null ? ANY : country.code()));
  }
}
