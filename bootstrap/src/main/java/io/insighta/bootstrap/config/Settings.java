package io.insighta.bootstrap.config;

import io.insighta.adapters.cache.RedisEndpoint;
import io.insighta.adapters.http.server.auth.AuthHttpSettings;
import io.insighta.adapters.http.server.security.TrustedProxies;
import io.insighta.adapters.persistence.DataSourceFactory;
import io.insighta.adapters.persistence.DatabaseUrl;
import io.insighta.domain.user.DurationText;
import io.insighta.domain.user.RateRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
    Duration sessionMaxAge,
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
    Set<Long> adminGithubIds,
    String portalUrl,
    Optional<String> seed,
    URI publicUrl,
    List<String> corsOrigins,
    List<String> trustedProxies,
    Duration cacheTtl,
    ObservabilitySettings observability) {

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
    Optional<String> database = in.optionalParsed("DATABASE_URL", Settings::databaseUrl);
    Settings settings =
        new Settings(
            port,
            database,
            in.intBetween("DB_POOL_SIZE", DataSourceFactory.DEFAULT_POOL_SIZE, 1, MAX_POOL_SIZE),
            in.parsed("DB_STATEMENT_TIMEOUT", "5s", DurationText::parse),
            redis,
            in.optional("INSIGHTA_DATA_DIR")
                .map(Path::of)
                .orElseGet(() -> homeDirectory(in).resolve(Path.of(".insighta", "server"))),
            secret,
            in.parsed("ACCESS_TOKEN_TTL", "3m", DurationText::parse),
            in.parsed("REFRESH_TOKEN_TTL", "5m", DurationText::parse),
            in.parsed("SESSION_MAX_AGE", "12h", DurationText::parse),
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
            in.parsed("INSIGHTA_ADMIN_GITHUB_IDS", "", Settings::githubIds),
            in.parsed("PORTAL_URL", "/", AuthHttpSettings::checkPortalUrl),
            in.optionalParsed("INSIGHTA_SEED", Settings::seed),
            in.httpUrl("INSIGHTA_PUBLIC_URL", "http://localhost:" + port),
            in.parsed("INSIGHTA_CORS_ORIGINS", "", Settings::origins),
            in.parsed("INSIGHTA_TRUSTED_PROXIES", "", Settings::trustedProxies),
            in.parsed("CACHE_TTL", "60s", DurationText::parse),
            ObservabilitySettings.read(in, port));
    if (settings.sessionMaxAge().compareTo(settings.refreshTokenTtl()) < 0) {
      in.problem("SESSION_MAX_AGE: must be at least REFRESH_TOKEN_TTL");
    }
    in.throwIfProblems();
    return settings;
  }

  private static Set<String> commaSet(String raw) {
    return Arrays.stream(raw.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** {@code user.home} comes from the password database, so an exported {@code HOME} wins. */
  private static Path homeDirectory(EnvReader in) {
    return in.optional("HOME")
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home")));
  }

  /** Messages name the accepted form and never repeat the URL, which may carry a password. */
  private static URI redisUri(String raw) {
    RedisEndpoint.parse(raw);
    return URI.create(raw.strip());
  }

  private static String databaseUrl(String raw) {
    DatabaseUrl.parse(raw);
    return raw;
  }

  private static String seed(String raw) {
    if (!raw.equals("demo") && !raw.equals("none") && !Files.isReadable(Path.of(raw))) {
      throw new IllegalArgumentException(
          "'" + raw + "' is neither demo, none nor a readable JSON or CSV file");
    }
    return raw;
  }

  private static Set<Long> githubIds(String raw) {
    Set<Long> ids = new java.util.LinkedHashSet<>();
    for (String id : commaSet(raw)) {
      if (!id.matches("[1-9][0-9]{0,17}")) {
        throw new IllegalArgumentException(
            "'"
                + id
                + "' is not a GitHub numeric user id (see https://api.github.com/users/<login>)");
      }
      ids.add(Long.parseLong(id));
    }
    return Set.copyOf(ids);
  }

  private static List<String> trustedProxies(String raw) {
    List<String> entries = List.copyOf(commaSet(raw));
    TrustedProxies.of(entries);
    return entries;
  }

  private static List<String> origins(String raw) {
    List<String> origins = List.copyOf(commaSet(raw));
    for (String origin : origins) {
      URI uri = parseOrigin(origin);
      boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
      if (!List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null || !bare) {
        throw new IllegalArgumentException(
            "'" + origin + "' is not an origin such as https://portal.example.com");
      }
    }
    return origins;
  }

  private static URI parseOrigin(String origin) {
    try {
      return new URI(origin);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + origin + "' is not an origin such as https://portal.example.com", e);
    }
  }

  /**
   * The public URL browsers are sent to when they use another host name; unknown while the port is
   * chosen at start ({@code PORT=0} without {@code INSIGHTA_PUBLIC_URL}).
   */
  public Optional<URI> browserUrl() {
    return publicUrl.getPort() == 0 ? Optional.empty() : Optional.of(publicUrl);
  }

  /** Seeds the demo data only into an empty embedded database unless told otherwise. */
  public String effectiveSeed() {
    return seed.orElse(databaseUrl.isPresent() ? "none" : "demo");
  }
}
