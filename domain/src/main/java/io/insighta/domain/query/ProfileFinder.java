package io.insighta.domain.query;

import io.insighta.domain.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Out-port: reads lists of profiles by filter, sort and page. */
public interface ProfileFinder {

  List<Profile> findPage(ProfileQuery query);

  /**
   * The keyset position of the row just before the page's first row (the row at offset - 1), from
   * which the page can be read by seeking; empty for a first page or past the end.
   */
  Optional<Seek> positionBefore(ProfileQuery query);

  long count(ProfileFilter filter);

  /** Feeds every matching profile, in order, to the sink without holding them all in memory. */
  void streamAll(ProfileFilter filter, Sort sort, Consumer<Profile> sink);

  ProfileStatistics statistics(int topCountries);
}
