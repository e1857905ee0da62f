package io.insighta.adapters.http.server.auth;

import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.adapters.http.client.github.GithubIdentityProvider;
import io.insighta.adapters.http.client.github.GithubSettings;
import io.insighta.adapters.http.server.HttpApi;
import io.insighta.adapters.http.server.HttpSettings;
import io.insighta.adapters.http.server.RouteGroup;
import io.insighta.adapters.http.server.audit.AuditRoutes;
import io.insighta.adapters.http.server.profile.ProfileUseCases;
import io.insighta.adapters.http.server.security.JwtAccessTokenCodec;
import io.insighta.adapters.http.server.security.JwtSettings;
import io.insighta.adapters.http.server.support.FakeDemographics;
import io.insighta.adapters.http.server.support.MutableHealth;
import io.insighta.adapters.http.server.tokens.TokenRoutes;
import io.insighta.adapters.http.server.tokens.TokenUseCases;
import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.ListAuditEntriesService;
import io.insighta.application.auth.AdminBootstrap;
import io.insighta.application.auth.AuthenticatePersonalAccessTokenService;
import io.insighta.application.auth.AuthenticateService;
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
import io.insighta.application.contract.MutableClock;
import io.insighta.application.health.CheckReadinessService;
import io.insighta.application.memory.DirectTransactionRunner;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryLoginStateStore;
import io.insighta.application.memory.InMemoryPersonalAccessTokenStore;
import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryProfileStore;
import io.insighta.application.memory.InMemoryRateLimiter;
import io.insighta.application.memory.InMemoryRefreshTokenStore;
import io.insighta.application.memory.InMemoryUserRepository;
import io.insighta.application.memory.InMemoryUserVersions;
import io.insighta.application.pat.CreatePersonalAccessTokenService;
import io.insighta.application.pat.ListPersonalAccessTokensService;
import io.insighta.application.pat.RevokePersonalAccessTokenService;
import io.insighta.application.profile.CreateProfileService;
import io.insighta.application.profile.DeleteProfileService;
import io.insighta.application.profile.ExportProfilesService;
import io.insighta.application.profile.GetProfileService;
import io.insighta.application.profile.ImportProfilesService;
import io.insighta.application.profile.ListProfilesService;
import io.insighta.application.profile.ProfileStatisticsService;
import io.insighta.application.profile.SearchProfilesService;
import io.insighta.application.user.ListUsersService;
import io.insighta.application.user.UpdateUserService;
import io.insighta.application.user.VersionedUserRepository;
import io.insighta.domain.token.TokenLifetimes;
import io.insighta.domain.user.RateRule;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserVersions;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The real server — pipeline, profile routes and every auth route — on the in-memory adapters, with
 * the real GitHub client talking to a local fake GitHub, all on one hand-moved clock.
 */
final class AuthServer implements AutoCloseable {
  static final String SECRET = "0123456789abcdef0123456789abcdef-test-secret";
  static final String ADMIN_LOGIN = "octo-admin";

  final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  final FakeGithubServer github =
      FakeGithubServer.start("client-1", "secret-1", clock)
          .registerUser(1001, "ada", "ada@example.com")
          .registerUser(1002, ADMIN_LOGIN, null)
          .registerUser(1003, "bob", "bob@example.com");
  final UserVersions versions = new InMemoryUserVersions();
  final UserRepository users = new VersionedUserRepository(new InMemoryUserRepository(), versions);
  final InMemoryRefreshTokenStore tokens = new InMemoryRefreshTokenStore();
  final InMemoryProfileStore profiles = new InMemoryProfileStore();
  final InMemoryPersonalAccessTokenStore personalTokens = new InMemoryPersonalAccessTokenStore();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final TransactionRunner transactions = new DirectTransactionRunner();
  private final AuditTrail audit = new AuditTrail(auditLog, clock);
  final JwtAccessTokenCodec codec = new JwtAccessTokenCodec(JwtSettings.withSecret(SECRET), clock);
  final AuthHttpSettings settings;
  final String base;
  private final Javalin app;

  AuthServer(UnaryOperator<AuthHttpSettings> customise) {
    int port = freePort();
    base = "http://127.0.0.1:" + port;
    settings =
        customise.apply(
            AuthHttpSettings.defaults(URI.create(base + "/auth/github/callback"))
                .withRates(RateRule.parse("1000/1m"), RateRule.parse("1000/1m")));
    SecureRandom random = new SecureRandom();
    GithubIdentityProvider provider =
        new GithubIdentityProvider(
            new GithubSettings(
                "client-1",
                "secret-1",
                github.baseUrl(),
                github.baseUrl(),
                Duration.ofSeconds(3),
                Duration.ofSeconds(3),
                ""));
    InMemoryLoginStateStore states = new InMemoryLoginStateStore();
    SessionIssuer issuer = new SessionIssuer(codec, tokens, TokenLifetimes.DEFAULTS, clock, random);
    SignIn signIn =
        new SignIn(users, AdminBootstrap.logins(ADMIN_LOGIN), issuer, transactions, audit, clock);
    RecentUsers recentUsers =
        new RecentUsers(users, tokens, versions, clock, RecentUsers.DEFAULT_TTL);
    AuthenticateService authenticate = new AuthenticateService(codec, recentUsers);
    AuthUseCases useCases =
        new AuthUseCases(
            new BeginWebLoginService(provider, states, clock, random),
            new CompleteWebLoginService(states, provider, signIn, clock),
            new BeginCliLoginService(provider),
            new CompleteCliLoginService(provider, signIn),
            new RefreshSessionService(tokens, users, issuer, transactions, audit, clock),
            new LogoutService(tokens, users, transactions, audit, clock),
            new LookupSessionService(tokens),
            authenticate,
            new TestLoginService(settings.testLogin(), signIn),
            new ListUsersService(users),
            new UpdateUserService(users, transactions, audit, versions));
    AuthHttp auth =
        new AuthHttp(
            useCases,
            settings,
            SECRET.getBytes(StandardCharsets.UTF_8),
            new InMemoryRateLimiter(clock),
            random);
    TokenRoutes tokenRoutes =
        new TokenRoutes(
            new TokenUseCases(
                new CreatePersonalAccessTokenService(
                    personalTokens, transactions, audit, clock, random),
                new ListPersonalAccessTokensService(personalTokens),
                new RevokePersonalAccessTokenService(personalTokens, transactions, audit, clock)),
            auth.hooks().clientAddress());
    List<RouteGroup> routeGroups = new ArrayList<>(auth.routeGroups());
    routeGroups.add(tokenRoutes::register);
    routeGroups.add(new AuditRoutes(new ListAuditEntriesService(auditLog))::register);
    app =
        new HttpApi(
                profileUseCases(),
                new CheckReadinessService(List.of(new MutableHealth("database", true))),
                authenticate,
                new AuthenticatePersonalAccessTokenService(personalTokens, recentUsers, clock),
                HttpSettings.defaults().withServePortal(false),
                auth.hooks(),
                routeGroups,
                clock)
            .create()
            .start("127.0.0.1", port);
  }

  static AuthServer start() {
    return new AuthServer(UnaryOperator.identity());
  }

  Browser browser() {
    return new Browser(base);
  }

  private ProfileUseCases profileUseCases() {
    InMemoryProfileQueryCache cache = new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));
    ListProfilesService list = new ListProfilesService(profiles, cache);
    return new ProfileUseCases(
        new CreateProfileService(
            profiles, new FakeDemographics(), cache, transactions, audit, clock),
        new GetProfileService(profiles, cache),
        new DeleteProfileService(profiles, cache, transactions, audit),
        list,
        new SearchProfilesService(list),
        new ExportProfilesService(profiles),
        new ImportProfilesService(profiles, transactions, cache, audit, clock),
        new ProfileStatisticsService(profiles));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
    github.close();
  }
}
