package io.insighta.application.auth;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.contract.MutableClock;
import io.insighta.application.memory.DirectTransactionRunner;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryLoginStateStore;
import io.insighta.application.memory.InMemoryPersonalAccessTokenStore;
import io.insighta.application.memory.InMemoryRefreshTokenStore;
import io.insighta.application.memory.InMemoryUserRepository;
import io.insighta.application.memory.InMemoryUserVersions;
import io.insighta.application.pat.CreatePersonalAccessTokenService;
import io.insighta.application.pat.CreatePersonalAccessTokenUseCase;
import io.insighta.application.pat.RevokePersonalAccessTokenService;
import io.insighta.application.pat.RevokePersonalAccessTokenUseCase;
import io.insighta.application.user.VersionedUserRepository;
import io.insighta.domain.token.TokenLifetimes;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserVersions;
import java.security.SecureRandom;

/** Every auth use case wired on in-memory stores, a fake provider and a hand-moved clock. */
final class AuthFixture {
  static final String WEB_CALLBACK = "https://api.example/auth/github/callback";
  static final String CLI_CALLBACK = "http://127.0.0.1:9876/callback";
  static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "request-1");
  static final Caller CALLER = new Caller(null, ORIGIN);

  final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  final UserVersions versions = new InMemoryUserVersions();
  final UserRepository users = new VersionedUserRepository(new InMemoryUserRepository(), versions);
  final InMemoryRefreshTokenStore tokens = new InMemoryRefreshTokenStore();
  final InMemoryLoginStateStore states = new InMemoryLoginStateStore();
  final FakeIdentityProvider github = new FakeIdentityProvider();
  final FakeAccessTokenCodec codec = new FakeAccessTokenCodec(clock);
  final SecureRandom random = new SecureRandom();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final AuditTrail audit = new AuditTrail(auditLog, clock);
  final TransactionRunner transactions = new DirectTransactionRunner();
  final SessionIssuer issuer =
      new SessionIssuer(codec, tokens, TokenLifetimes.DEFAULTS, clock, random);
  final SignIn signIn =
      new SignIn(users, AdminBootstrap.logins("Root, boss"), issuer, transactions, audit, clock);
  final BeginWebLoginUseCase beginWeb = new BeginWebLoginService(github, states, clock, random);
  final CompleteWebLoginUseCase completeWeb =
      new CompleteWebLoginService(states, github, signIn, clock);
  final BeginCliLoginUseCase beginCli = new BeginCliLoginService(github);
  final CompleteCliLoginUseCase completeCli = new CompleteCliLoginService(github, signIn);
  final RefreshSessionUseCase refresh =
      new RefreshSessionService(tokens, users, issuer, transactions, audit, clock);
  final LogoutUseCase logout = new LogoutService(tokens, users, transactions, audit, clock);
  final LookupSessionUseCase lookup = new LookupSessionService(tokens);
  final RecentUsers recentUsers =
      new RecentUsers(users, tokens, versions, clock, RecentUsers.DEFAULT_TTL);
  final AuthenticateUseCase authenticate = new AuthenticateService(codec, recentUsers);
  final InMemoryPersonalAccessTokenStore personalTokens = new InMemoryPersonalAccessTokenStore();
  final CreatePersonalAccessTokenUseCase createPersonalToken =
      new CreatePersonalAccessTokenService(
          personalTokens, new DirectTransactionRunner(), audit, clock, random);
  final RevokePersonalAccessTokenUseCase revokePersonalToken =
      new RevokePersonalAccessTokenService(
          personalTokens, new DirectTransactionRunner(), audit, clock);

  /** A full browser sign-in of the given GitHub account. */
  IssuedSession webLogin(ExternalIdentity identity) {
    WebLoginStart start = beginWeb.begin(WEB_CALLBACK);
    String code = github.approve(github.lastRequest(), identity);
    return completeWeb.complete(start.state(), code, ORIGIN);
  }

  static ExternalIdentity github(long id, String login) {
    return new ExternalIdentity(id, login, login + "@example.com", null);
  }
}
