package io.insighta.domain.query;

import io.insighta.domain.profile.Profile;
import java.util.List;
import java.util.function.Consumer;

/** Out-port: reads lists of profiles by filter, sort and page. */
public interface ProfileFinder {

  List<Profile> findPage(ProfileQuery query);

  long count(ProfileFilter filter);

  /** Feeds every matching profile, in order, to the sink without holding them all in memory. */
  void streamAll(ProfileFilter filter, Sort sort, Consumer<Profile> sink);

  ProfileStatistics statistics(int topCountries);
}
