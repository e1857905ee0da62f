package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.insighta.adapters.http.server.imports.ProfileImportReader;
import io.insighta.application.audit.Caller;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ImportSummary;
import io.insighta.bootstrap.seed.ImportFiles;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imports the reference data set and reports what the five required queries return. */
class SeedDataQueriesTest {
  private static final Path SEED = Path.of("..", "..", "shared", "data", "seed_profiles.json");

  @Test
  void seedImportIsIdempotentAndRequiredQueriesReturnTheirCounts() throws IOException {
    assumeTrue(Files.isReadable(SEED), "reference data " + SEED + " absent: skipped");
    try (ServerFixture server =
        ServerFixture.start(
            Map.of("INSIGHTA_SEED", SEED.toString()), java.time.Clock.systemUTC())) {
      String token = server.accessToken("analyst_test_code");
      assertThat(server.get("/api/profiles", token).json().get("total").asLong()).isEqualTo(2026);

      ImportSummary rerun;
      try (ProfileImportReader rows = ImportFiles.open(SEED)) {
        rerun =
            server
                .server()
                .injector()
                .getInstance(ImportProfilesUseCase.class)
                .importAll(rows, Caller.SERVER);
      }
      assertThat(rerun.inserted()).isZero();
      assertThat(rerun.skipped()).isEqualTo(2026);

      Map<String, Long> counts = new LinkedHashMap<>();
      for (String q :
          new String[] {
            "young males",
            "females above 30",
            "people from angola",
            "adult males from kenya",
            "male and female teenagers above 17"
          }) {
        HttpResult result =
            server.get(
                "/api/profiles/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token);
        assertThat(result.status()).isEqualTo(200);
        counts.put(q, result.json().get("total").asLong());
      }
      System.out.println("Required NL queries on seed_profiles.json: " + counts);
      assertThat(counts.values()).allSatisfy(count -> assertThat(count).isPositive());
    }
  }
}
