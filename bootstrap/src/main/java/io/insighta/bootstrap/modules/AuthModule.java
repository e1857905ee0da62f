package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.http.server.auth.AuthUseCases;
import io.insighta.adapters.http.server.security.JwtAccessTokenCodec;
import io.insighta.adapters.http.server.security.JwtRules;
import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.auth.AdminBootstrap;
import io.insighta.application.auth.AuthenticateService;
import io.insighta.application.auth.AuthenticateUseCase;
import io.insighta.application.auth.BeginCliLoginService;
import io.insighta.application.auth.BeginWebLoginService;
import io.insighta.application.auth.CompleteCliLoginService;
import io.insighta.application.auth.CompleteWebLoginService;
import io.insighta.application.auth.LogoutService;
import io.insighta.application.auth.LookupSessionService;
import io.insighta.application.auth.RecentUsers;
import io.insighta.application.auth.RefreshSessionService;
import io.insighta.application.auth.SessionIssuer;
import io.insighta.application.auth.SignIn;
import io.insighta.application.auth.TestLoginService;
import io.insighta.application.user.ListUsersService;
import io.insighta.application.user.UpdateUserService;
import io.insighta.bootstrap.config.Settings;
import io.insighta.domain.token.AccessTokenCodec;
import io.insighta.domain.token.AccessTokenKeys;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.TokenLifetimes;
import io.insighta.domain.user.IdentityProvider;
import io.insighta.domain.user.LoginStateStore;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserVersions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Sign-in, sessions and users: token codec, session issuing and the auth use cases. */
public final class AuthModule extends AbstractModule {
  static final Duration TOKEN_LEEWAY = Duration.ofSeconds(5);

  @Provides
  @Singleton
  SecureRandom random() {
    return new SecureRandom();
  }

  @Provides
  @Singleton
  AccessTokenCodec accessTokenCodec(AccessTokenKeys keys, Clock clock) {
    return new JwtAccessTokenCodec(keys, JwtRules.defaults(TOKEN_LEEWAY), clock);
  }

  @Provides
  @Singleton
  SessionIssuer sessionIssuer(
      AccessTokenCodec codec,
      RefreshTokenStore store,
      Settings settings,
      Clock clock,
      SecureRandom random) {
    return new SessionIssuer(
        codec,
        store,
        new TokenLifetimes(
            settings.accessTokenTtl(), settings.refreshTokenTtl(), settings.sessionMaxAge()),
        clock,
        random);
  }

  @Provides
  @Singleton
  SignIn signIn(
      UserRepository users,
      Settings settings,
      SessionIssuer issuer,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock) {
    return new SignIn(
        users,
        new AdminBootstrap(settings.adminGithubIds(), settings.adminLogins()),
        issuer,
        transactions,
        audit,
        clock);
  }

  /** One cache of recently seen users, shared by access-token and personal-token checks. */
  @Provides
  @Singleton
  RecentUsers recentUsers(
      UserRepository users, RefreshTokenStore sessions, UserVersions versions, Clock clock) {
    return new RecentUsers(users, sessions, versions, clock, RecentUsers.DEFAULT_TTL);
  }

  @Provides
  @Singleton
  AuthenticateUseCase authenticate(AccessTokenCodec codec, RecentUsers users) {
    return new AuthenticateService(codec, users);
  }

  @Provides
  @Singleton
  AuthUseCases authUseCases(
      IdentityProvider github,
      LoginStateStore states,
      RefreshTokenStore tokens,
      UserRepository users,
      SessionIssuer issuer,
      SignIn signIn,
      AuthenticateUseCase authenticate,
      UserVersions versions,
      TransactionRunner transactions,
      AuditTrail audit,
      Settings settings,
      Clock clock,
      SecureRandom random) {
    return new AuthUseCases(
        new BeginWebLoginService(github, states, clock, random),
        new CompleteWebLoginService(states, github, signIn, clock),
        new BeginCliLoginService(github),
        new CompleteCliLoginService(github, signIn),
        new RefreshSessionService(tokens, users, issuer, transactions, audit, clock),
        new LogoutService(tokens, users, transactions, audit, clock),
        new LookupSessionService(tokens),
        authenticate,
        new TestLoginService(settings.testLogin(), signIn),
        new ListUsersService(users),
        new UpdateUserService(users, transactions, audit, versions));
  }
}
