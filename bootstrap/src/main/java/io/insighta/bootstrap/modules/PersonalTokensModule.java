package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.http.server.tokens.TokenUseCases;
import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.auth.AuthenticatePersonalAccessTokenService;
import io.insighta.application.auth.AuthenticatePersonalAccessTokenUseCase;
import io.insighta.application.auth.RecentUsers;
import io.insighta.application.pat.CreatePersonalAccessTokenService;
import io.insighta.application.pat.ListPersonalAccessTokensService;
import io.insighta.application.pat.RevokePersonalAccessTokenService;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import java.security.SecureRandom;
import java.time.Clock;

/** Personal access tokens: their authentication and the create, list and revoke use cases. */
public final class PersonalTokensModule extends AbstractModule {

  @Provides
  @Singleton
  AuthenticatePersonalAccessTokenUseCase authenticatePersonalToken(
      PersonalAccessTokenStore store, RecentUsers users, Clock clock) {
    return new AuthenticatePersonalAccessTokenService(store, users, clock);
  }

  @Provides
  @Singleton
  TokenUseCases tokenUseCases(
      PersonalAccessTokenStore store,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock,
      SecureRandom random) {
    return new TokenUseCases(
        new CreatePersonalAccessTokenService(store, transactions, audit, clock, random),
        new ListPersonalAccessTokensService(store),
        new RevokePersonalAccessTokenService(store, transactions, audit, clock));
  }
}
