package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.profile.CreateProfileService;
import io.insighta.application.profile.CreateProfileUseCase;
import io.insighta.application.profile.DeleteProfileService;
import io.insighta.application.profile.DeleteProfileUseCase;
import io.insighta.application.profile.ExportProfilesService;
import io.insighta.application.profile.ExportProfilesUseCase;
import io.insighta.application.profile.GetProfileService;
import io.insighta.application.profile.GetProfileUseCase;
import io.insighta.application.profile.ImportProfilesService;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ListProfilesService;
import io.insighta.application.profile.ListProfilesUseCase;
import io.insighta.application.profile.ProfileStatisticsService;
import io.insighta.application.profile.ProfileStatisticsUseCase;
import io.insighta.application.profile.SearchProfilesService;
import io.insighta.application.profile.SearchProfilesUseCase;
import io.insighta.bootstrap.metrics.MeteredImports;
import io.insighta.domain.profile.DemographicsProvider;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileQueryCache;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/** Constructs the profile use cases from the ports. */
public final class ProfilesModule extends AbstractModule {

  @Provides
  @Singleton
  CreateProfileUseCase create(
      ProfileRepository repository,
      DemographicsProvider demographics,
      ProfileQueryCache cache,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock) {
    return new CreateProfileService(repository, demographics, cache, transactions, audit, clock);
  }

  @Provides
  @Singleton
  GetProfileUseCase get(ProfileRepository repository, ProfileQueryCache cache) {
    return new GetProfileService(repository, cache);
  }

  @Provides
  @Singleton
  DeleteProfileUseCase delete(
      ProfileRepository repository,
      ProfileQueryCache cache,
      TransactionRunner transactions,
      AuditTrail audit) {
    return new DeleteProfileService(repository, cache, transactions, audit);
  }

  @Provides
  @Singleton
  ListProfilesUseCase list(ProfileFinder finder, ProfileQueryCache cache) {
    return new ListProfilesService(finder, cache);
  }

  @Provides
  @Singleton
  SearchProfilesUseCase search(ListProfilesUseCase list) {
    return new SearchProfilesService(list);
  }

  @Provides
  @Singleton
  ExportProfilesUseCase export(ProfileFinder finder) {
    return new ExportProfilesService(finder);
  }

  @Provides
  @Singleton
  ImportProfilesUseCase importer(
      ProfileRepository repository,
      TransactionRunner transactions,
      ProfileQueryCache cache,
      AuditTrail audit,
      Clock clock,
      MeterRegistry registry) {
    return new MeteredImports(
        new ImportProfilesService(repository, transactions, cache, audit, clock), registry);
  }

  @Provides
  @Singleton
  ProfileStatisticsUseCase statistics(ProfileFinder finder) {
    return new ProfileStatisticsService(finder);
  }
}
