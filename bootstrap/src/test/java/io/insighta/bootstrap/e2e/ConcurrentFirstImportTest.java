package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import io.insighta.bootstrap.support.SharedPostgres;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ConcurrentFirstImportTest {
  private static final int IMPORTS = 8;
  private static final int ROWS_PER_IMPORT = 300;

  /** The race is a window of one round trip, so it is run a few times on an emptied table. */
  private static final int ROUNDS = 10;

  /** Each import shares half its names with the next one, so the files overlap pairwise. */
  private static List<String> names(int file) {
    List<String> names = new ArrayList<>();
    for (int row = 0; row < ROWS_PER_IMPORT; row++) {
      names.add("Person " + (file * ROWS_PER_IMPORT / 2 + row));
    }
    return names;
  }

  @Test
  void simultaneousImportsIntoAnEmptyTableAllSucceedAndStoreEveryDistinctName()
      throws SQLException {
    String databaseUrl = SharedPostgres.freshDatabaseUrl();
    try (ServerFixture server =
            ServerFixture.start(Map.of("DATABASE_URL", databaseUrl), Clock.systemUTC());
        Connection database = DriverManager.getConnection(databaseUrl)) {
      String admin = server.accessToken("test_code");
      for (int round = 1; round <= ROUNDS; round++) {
        try (Statement sql = database.createStatement()) {
          sql.execute("truncate profiles");
        }
        importAtOnce(server, admin);
      }
    }
  }

  private static void importAtOnce(ServerFixture server, String admin) {
    Set<String> distinct = new HashSet<>();
    List<String> bodies = new ArrayList<>();
    for (int file = 0; file < IMPORTS; file++) {
      distinct.addAll(names(file));
      bodies.add(csv(names(file)));
    }
    ExecutorService threads = Executors.newFixedThreadPool(IMPORTS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<CompletableFuture<HttpResult>> imports = new ArrayList<>();
      for (String body : bodies) {
        imports.add(
            CompletableFuture.supplyAsync(
                () -> {
                  awaitQuietly(start);
                  return server.send(
                      server
                          .api("/api/profiles/import", admin)
                          .header("Content-Type", "text/csv")
                          .POST(HttpRequest.BodyPublishers.ofString(body)));
                },
                threads));
      }
      start.countDown();
      for (CompletableFuture<HttpResult> answer : imports) {
        HttpResult result = answer.join();
        assertThat(result.status()).as(result.body()).isEqualTo(200);
      }
    } finally {
      threads.shutdownNow();
    }
    HttpResult listed =
        server.send(
            server.api("/api/profiles?limit=1", admin).header("Cache-Control", "no-cache").GET());
    assertThat(listed.json().get("total").asLong()).isEqualTo(distinct.size());
  }

  private static String csv(List<String> names) {
    StringBuilder csv =
        new StringBuilder("name,gender,gender_probability,age,country_id,country_probability\n");
    for (int i = 0; i < names.size(); i++) {
      csv.append(names.get(i)).append(i % 2 == 0 ? ",female" : ",male").append(",0.9,");
      csv.append(20 + i % 50).append(",NG,0.5\n");
    }
    return csv.toString();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
