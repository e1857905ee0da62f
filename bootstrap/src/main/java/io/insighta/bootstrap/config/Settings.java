package io.insighta.bootstrap.config;

import io.insighta.adapters.persistence.DataSourceFactory;
import io.insighta.domain.user.DurationText;
import io.insighta.domain.user.RateRule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every setting of a server process, read once from the environment at start. */
public record Settings(
    int port,
    Optional<String> databaseUrl,
    int dbPoolSize,
    Duration dbStatementTimeout,
    Optional<URI> redisUrl,
    Path dataDir,
    Optional<String> jwtAccessSecret,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Optional<String> githubClientId,
    Optional<String> githubClientSecret,
    URI githubOauthUrl,
    URI githubApiUrl,
    URI genderizeUrl,
    URI agifyUrl,
    URI nationalizeUrl,
    boolean testLogin,
    RateRule rateLimitAuth,
    RateRule rateLimitApi,
    Set<String> adminLogins,
    String portalUrl,
    Optional<String> seed,
    URI publicUrl,
    List<String> corsOrigins,
    List<String> trustedProxies,
    Duration cacheTtl) {

  public static final int MIN_SECRET_BYTES = 32;
  public static final int MAX_POOL_SIZE = 100;

  /**
   * Reads and validates the environment; throws {@link SettingsException} listing every problem.
   */
  public static Settings fromEnvironment(java.util.Map<String, String> env) {
    EnvReader in = new EnvReader(env);
    int port = in.port("PORT", 8080);
    Optional<String> secret = in.optional("JWT_ACCESS_SECRET");
    if (secret.isPresent()
        && secret.get().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      in.problem("JWT_ACCESS_SECRET: must be at least " + MIN_SECRET_BYTES + " bytes long");
    }
    Optional<URI> redis = in.optionalParsed("REDIS_URL", Settings::redisUri);
    Settings settings =
        new Settings(
            port,
            in.optional("DATABASE_URL"),
            in.intBetween("DB_POOL_SIZE", DataSourceFactory.DEFAULT_POOL_SIZE, 1, MAX_POOL_SIZE),
            in.parsed("DB_STATEMENT_TIMEOUT", "5s", DurationText::parse),
            redis,
            in.optional("INSIGHTA_DATA_DIR")
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".insighta", "server")),
            secret,
            in.parsed("ACCESS_TOKEN_TTL", "3m", DurationText::parse),
            in.parsed("REFRESH_TOKEN_TTL", "5m", DurationText::parse),
            in.optional("GITHUB_CLIENT_ID"),
            in.optional("GITHUB_CLIENT_SECRET"),
            in.httpUrl("GITHUB_OAUTH_URL", "https://github.com"),
            in.httpUrl("GITHUB_API_URL", "https://api.github.com"),
            in.httpUrl("GENDERIZE_URL", "https://api.genderize.io"),
            in.httpUrl("AGIFY_URL", "https://api.agify.io"),
            in.httpUrl("NATIONALIZE_URL", "https://api.nationalize.io"),
            in.bool("INSIGHTA_TEST_LOGIN", false),
            in.parsed("RATE_LIMIT_AUTH", "10/1m", RateRule::parse),
            in.parsed("RATE_LIMIT_API", "60/1m", RateRule::parse),
            commaSet(in.string("INSIGHTA_ADMIN_LOGINS", "")),
            in.string("PORTAL_URL", "/"),
            in.optional("INSIGHTA_SEED"),
            in.httpUrl("INSIGHTA_PUBLIC_URL", "http://localhost:" + port),
            List.copyOf(commaSet(in.string("INSIGHTA_CORS_ORIGINS", ""))),
            List.copyOf(commaSet(in.string("INSIGHTA_TRUSTED_PROXIES", ""))),
            in.parsed("CACHE_TTL", "60s", DurationText::parse));
    in.throwIfProblems();
    return settings;
  }

  private static Set<String> commaSet(String raw) {
    return Arrays.stream(raw.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static URI redisUri(String raw) {
    URI uri = URI.create(raw);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("redis") || scheme.equals("rediss")) || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + raw + "' is not a redis://host:port URL");
    }
    return uri;
  }

  /** Seeds the demo data only into an empty embedded database unless told otherwise. */
  public String effectiveSeed() {
    return seed.orElse(databaseUrl.isPresent() ? "none" : "demo");
  }
}
