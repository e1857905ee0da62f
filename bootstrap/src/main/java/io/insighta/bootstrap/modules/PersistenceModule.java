package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.persistence.PostgresPersistence;
import io.insighta.application.TransactionRunner;
import io.insighta.application.user.VersionedUserRepository;
import io.insighta.bootstrap.metrics.MeteredRefreshTokenStore;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.SigningKeyStore;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserVersions;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;

/** Binds the PostgreSQL implementations of the storage ports. */
public final class PersistenceModule extends AbstractModule {

  @Provides
  @Singleton
  PostgresPersistence persistence(DataSource dataSource) {
    return new PostgresPersistence(dataSource);
  }

  @Provides
  @Singleton
  ProfileRepository profileRepository(PostgresPersistence persistence) {
    return persistence.profileRepository();
  }

  @Provides
  @Singleton
  ProfileFinder profileFinder(PostgresPersistence persistence) {
    return persistence.profileFinder();
  }

  @Provides
  @Singleton
  UserRepository userRepository(PostgresPersistence persistence, UserVersions versions) {
    return new VersionedUserRepository(persistence.userRepository(), versions);
  }

  @Provides
  @Singleton
  RefreshTokenStore refreshTokenStore(PostgresPersistence persistence, MeterRegistry registry) {
    return new MeteredRefreshTokenStore(persistence.refreshTokenStore(), registry);
  }

  @Provides
  @Singleton
  PersonalAccessTokenStore personalAccessTokenStore(PostgresPersistence persistence) {
    return persistence.personalAccessTokenStore();
  }

  @Provides
  @Singleton
  SigningKeyStore signingKeyStore(PostgresPersistence persistence) {
    return persistence.signingKeyStore();
  }

  @Provides
  @Singleton
  AuditLog auditLog(PostgresPersistence persistence) {
    return persistence.auditLog();
  }

  @Provides
  @Singleton
  TransactionRunner transactionRunner(PostgresPersistence persistence) {
    return persistence.transactionRunner();
  }
}
