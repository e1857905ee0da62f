package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.seed.Seeder;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDefaultsTest {

  @Test
  void zeroConfigServerSeedsTheDemoSetOnceAndKeepsDataAcrossRestarts(@TempDir Path dataDir) {
    Settings settings =
        Settings.fromEnvironment(Map.of("PORT", "0", "INSIGHTA_DATA_DIR", dataDir.toString()));
    assertThat(settings.effectiveSeed()).isEqualTo("demo");

    try (InsightaServer first = InsightaServer.start(settings, Clock.systemUTC())) {
      assertThat(count(first)).isEqualTo(Seeder.DEMO_SIZE);
    }
    assertThat(Files.exists(dataDir.resolve("postgres"))).isTrue();
    try (InsightaServer second = InsightaServer.start(settings, Clock.systemUTC())) {
      assertThat(count(second)).isEqualTo(Seeder.DEMO_SIZE);
    }
  }

  private static long count(InsightaServer server) {
    return server.injector().getInstance(ProfileFinder.class).count(ProfileFilter.NONE);
  }
}
