package io.insighta.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
