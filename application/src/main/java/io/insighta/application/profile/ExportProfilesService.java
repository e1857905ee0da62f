package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.Sort;
import java.util.function.Consumer;

/** Hands the finder's stream straight to the sink so memory stays constant. */
public final class ExportProfilesService implements ExportProfilesUseCase {
  private final ProfileFinder finder;

  public ExportProfilesService(ProfileFinder finder) {
    this.finder = finder;
  }

  @Override
  public void export(ProfileFilter filter, Sort sort, Consumer<Profile> sink) {
    finder.streamAll(filter, sort, sink);
  }
}
