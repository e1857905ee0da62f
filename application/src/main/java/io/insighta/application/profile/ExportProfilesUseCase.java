package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.Sort;
import java.util.function.Consumer;

/** Streams every profile matching a filter, in order, for export. */
public interface ExportProfilesUseCase {

  void export(ProfileFilter filter, Sort sort, Consumer<Profile> sink);
}
