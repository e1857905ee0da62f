package io.insighta.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.bootstrap.logging.LogFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void emptyEnvironmentGivesTheDocumentedDefaults() {
    Settings settings = Settings.fromEnvironment(Map.of());
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.databaseUrl()).isEmpty();
    assertThat(settings.dbPoolSize()).isEqualTo(6);
    assertThat(settings.dbStatementTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.redisUrl()).isEmpty();
    assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(3));
    assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.rateLimitAuth().permits()).isEqualTo(10);
    assertThat(settings.rateLimitApi().permits()).isEqualTo(60);
    assertThat(settings.testLogin()).isFalse();
    assertThat(settings.portalUrl()).isEqualTo("/");
    assertThat(settings.effectiveSeed()).isEqualTo("demo");
    assertThat(settings.githubOauthUrl()).hasToString("https://github.com");
    assertThat(settings.dataDir().toString()).endsWith(".insighta/server");
  }

  @Test
  void externalDatabaseIsNotSeededUnlessAsked() {
    Settings settings =
        Settings.fromEnvironment(Map.of("DATABASE_URL", "postgresql://u:p@db:5432/app"));
    assertThat(settings.effectiveSeed()).isEqualTo("none");
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    Map<String, String> env =
        Map.of(
            "PORT", "eighty",
            "ACCESS_TOKEN_TTL", "3 minutes",
            "RATE_LIMIT_API", "lots",
            "INSIGHTA_TEST_LOGIN", "yes",
            "JWT_ACCESS_SECRET", "short",
            "REDIS_URL", "http://cache:6379",
            "GENDERIZE_URL", "not a url");
    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("PORT")
        .hasMessageContaining("ACCESS_TOKEN_TTL")
        .hasMessageContaining("RATE_LIMIT_API")
        .hasMessageContaining("INSIGHTA_TEST_LOGIN")
        .hasMessageContaining("JWT_ACCESS_SECRET")
        .hasMessageContaining("REDIS_URL")
        .hasMessageContaining("GENDERIZE_URL");
  }

  @Test
  void poolSizeIsAWholeNumberWithinBounds() {
    assertThat(Settings.fromEnvironment(Map.of("DB_POOL_SIZE", "12")).dbPoolSize()).isEqualTo(12);
    for (String bad : new String[] {"0", "101", "six", "2.5"}) {
      assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("DB_POOL_SIZE", bad)))
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("DB_POOL_SIZE: '" + bad + "' is not a whole number from 1 to 100");
    }
  }

  @Test
  void statementTimeoutIsADurationReportedWithTheOtherProblems() {
    assertThat(Settings.fromEnvironment(Map.of("DB_STATEMENT_TIMEOUT", "90s")).dbStatementTimeout())
        .isEqualTo(Duration.ofSeconds(90));
    assertThatThrownBy(
            () -> Settings.fromEnvironment(Map.of("DB_STATEMENT_TIMEOUT", "soon", "PORT", "x")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("DB_STATEMENT_TIMEOUT: invalid duration 'soon'")
        .hasMessageContaining("PORT");
  }

  @Test
  void listsAreCommaSeparatedAndTrimmed() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "INSIGHTA_ADMIN_LOGINS", " alice, bob ,,",
                "INSIGHTA_CORS_ORIGINS", "https://portal.example"));
    assertThat(settings.adminLogins()).containsExactly("alice", "bob");
    assertThat(settings.corsOrigins()).containsExactly("https://portal.example");
  }

  @Test
  void settingsOnceCheckedOnlyWhileWiringAreReportedTogetherBeforeAnythingStarts() {
    Map<String, String> env =
        Map.of(
            "DATABASE_URL", "mysql://admin:hunter2-db@db/app",
            "PORTAL_URL", "javascript:alert(1)",
            "INSIGHTA_TRUSTED_PROXIES", "10.0.0.1,not-an-ip",
            "INSIGHTA_CORS_ORIGINS", "https://portal.example/path",
            "INSIGHTA_SEED", "/no/such/seed.json",
            "REDIS_URL", "http://:hunter2-redis@cache:6379");

    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("DATABASE_URL")
        .hasMessageContaining("PORTAL_URL")
        .hasMessageContaining("INSIGHTA_TRUSTED_PROXIES")
        .hasMessageContaining("INSIGHTA_CORS_ORIGINS")
        .hasMessageContaining("INSIGHTA_SEED")
        .hasMessageContaining("REDIS_URL")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aRedisUrlThatIsNotEvenAUriIsReportedWithoutItsPassword() {
    assertThatThrownBy(
            () -> Settings.fromEnvironment(Map.of("REDIS_URL", "redis://:hunter2 x@cache:6379")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("REDIS_URL")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void dataDirectoryFollowsHomeWhenItIsSet() {
    assertThat(Settings.fromEnvironment(Map.of("HOME", "/tmp/elsewhere")).dataDir())
        .isEqualTo(Path.of("/tmp/elsewhere", ".insighta", "server"));
    assertThat(
            Settings.fromEnvironment(Map.of("HOME", "/tmp/elsewhere", "INSIGHTA_DATA_DIR", "/d"))
                .dataDir())
        .isEqualTo(Path.of("/d"));
  }

  @Test
  void portalUrlIsAPathOnThisServerOrAnAbsoluteHttpUrl() {
    for (String good :
        new String[] {"/", "/app/", "https://portal.example/", "http://127.0.0.1:3000"}) {
      assertThat(Settings.fromEnvironment(Map.of("PORTAL_URL", good)).portalUrl()).isEqualTo(good);
    }
    for (String bad : new String[] {"//evil.example", "/\\evil.example", "https://", "ftp://x/"}) {
      assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORTAL_URL", bad)))
          .as(bad)
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("PORTAL_URL");
    }
  }

  @Test
  void adminGithubIdsAreNumericIds() {
    assertThat(
            Settings.fromEnvironment(Map.of("INSIGHTA_ADMIN_GITHUB_IDS", " 583231, 42 "))
                .adminGithubIds())
        .containsExactlyInAnyOrder(583231L, 42L);
    assertThatThrownBy(
            () -> Settings.fromEnvironment(Map.of("INSIGHTA_ADMIN_GITHUB_IDS", "octocat")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(
            "INSIGHTA_ADMIN_GITHUB_IDS: 'octocat' is not a GitHub numeric user id");
  }

  @Test
  void aSessionLastsTwelveHoursByDefaultAndNeverLessThanARefreshToken() {
    assertThat(Settings.fromEnvironment(Map.of()).sessionMaxAge()).isEqualTo(Duration.ofHours(12));
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of("SESSION_MAX_AGE", "2m", "REFRESH_TOKEN_TTL", "5m")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("SESSION_MAX_AGE: must be at least REFRESH_TOKEN_TTL");
  }

  @Test
  void noManagementListenerTextLogsAndLoopbackByDefault() {
    ObservabilitySettings observe = Settings.fromEnvironment(Map.of()).observability();

    assertThat(observe.managementPort()).isEmpty();
    assertThat(observe.managementHost()).isEqualTo("127.0.0.1");
    assertThat(observe.logFormat()).isEqualTo(LogFormat.TEXT);
  }

  @Test
  void managementListenerAndJsonLogsAreConfigurable() {
    ObservabilitySettings observe =
        Settings.fromEnvironment(
                Map.of("MANAGEMENT_PORT", "9090", "MANAGEMENT_HOST", "[::1]", "LOG_FORMAT", "JSON"))
            .observability();

    assertThat(observe.managementPort()).hasValue(9090);
    assertThat(observe.managementHost()).isEqualTo("::1");
    assertThat(observe.logFormat()).isEqualTo(LogFormat.JSON);
    assertThat(
            Settings.fromEnvironment(Map.of("MANAGEMENT_HOST", "metrics.internal"))
                .observability()
                .managementHost())
        .isEqualTo("metrics.internal");
  }

  @Test
  void badObservabilityValuesAreReportedWithTheOtherProblems() {
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of(
                        "MANAGEMENT_PORT", "70000",
                        "MANAGEMENT_HOST", "not a host!",
                        "LOG_FORMAT", "xml",
                        "PORT", "x")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("MANAGEMENT_PORT: '70000' is not a port number (0-65535)")
        .hasMessageContaining("MANAGEMENT_HOST: 'not a host!' is not a host name or IP address")
        .hasMessageContaining("LOG_FORMAT: 'xml' must be text or json")
        .hasMessageContaining("PORT: 'x'");
  }

  @Test
  void metricsNeverShareThePublicPort() {
    assertThatThrownBy(
            () -> Settings.fromEnvironment(Map.of("PORT", "8080", "MANAGEMENT_PORT", "8080")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("MANAGEMENT_PORT: must differ from PORT");
    assertThat(
            Settings.fromEnvironment(Map.of("PORT", "0", "MANAGEMENT_PORT", "0"))
                .observability()
                .managementPort())
        .hasValue(0);
  }
}
