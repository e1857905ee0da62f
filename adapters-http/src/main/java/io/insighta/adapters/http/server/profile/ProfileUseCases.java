package io.insighta.adapters.http.server.profile;

import io.insighta.application.profile.CreateProfileUseCase;
import io.insighta.application.profile.DeleteProfileUseCase;
import io.insighta.application.profile.ExportProfilesUseCase;
import io.insighta.application.profile.GetProfileUseCase;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ListProfilesUseCase;
import io.insighta.application.profile.ProfileStatisticsUseCase;
import io.insighta.application.profile.SearchProfilesUseCase;
import java.util.Objects;

/** The profile use cases the {@code /api/profiles*} routes call. */
public record ProfileUseCases(
    CreateProfileUseCase create,
    GetProfileUseCase get,
    DeleteProfileUseCase delete,
    ListProfilesUseCase list,
    SearchProfilesUseCase search,
    ExportProfilesUseCase export,
    ImportProfilesUseCase importer,
    ProfileStatisticsUseCase statistics) {

  public ProfileUseCases {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(statistics, "statistics");
  }
}
