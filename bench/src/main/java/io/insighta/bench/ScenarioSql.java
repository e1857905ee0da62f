package io.insighta.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.insighta.adapters.persistence.DataSourceFactory;
import io.insighta.adapters.persistence.DatabaseUrl;
import io.insighta.adapters.persistence.profile.JooqProfileFinder;
import io.insighta.adapters.persistence.profile.ProfileSqlRenderer;
import io.insighta.application.profile.ListProfilesService;
import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Prints each scenario as one tab-separated line: name, HTTP path, the page SQL the server runs
 * when the page is not cached, the count SQL, and the page SQL by offset, with values inlined;
 * {@code bench/run.sh} feeds the SQL to pgbench and EXPLAIN. Given the database's URL, a deep
 * page's SQL is the seek from the position the server remembers for it, found the way the server
 * finds it.
 */
public final class ScenarioSql {
  /** About a tenth of the generated profiles: senior women (20 % seniors, 51 % women). */
  static final String EXPORT_PATH =
      "/api/profiles/export?format=csv&gender=female&age_group=senior";

  static final ProfileFilter EXPORT_FILTER =
      ProfileFilter.NONE.withGender(Gender.FEMALE).withAgeGroup(AgeGroup.SENIOR);

  private ScenarioSql() {}

  /** Optional argument: the database URL ({@code postgresql://…} or JDBC). */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (BenchScenario scenario : BenchScenario.values()) {
      ProfileQuery query = scenario.query();
      String byOffset = ProfileSqlRenderer.pageSqlInlined(query);
      String served = args.length > 0 ? servedPageSql(args[0], query) : byOffset;
      out.println(
          String.join(
              "\t",
              scenario.name().toLowerCase(Locale.ROOT),
              scenario.path(),
              served,
              ProfileSqlRenderer.countSqlInlined(query.filter()),
              byOffset));
    }
    String export = ProfileSqlRenderer.exportSqlInlined(EXPORT_FILTER, Sort.DEFAULT);
    out.println(
        String.join(
            "\t",
            "export",
            EXPORT_PATH,
            export,
            ProfileSqlRenderer.countSqlInlined(EXPORT_FILTER),
            export));
  }

  private static String servedPageSql(String databaseUrl, ProfileQuery query) {
    if (query.page().offset() < ListProfilesService.POSITIONED_FROM_OFFSET) {
      return ProfileSqlRenderer.pageSqlInlined(query);
    }
    try (HikariDataSource pool = DataSourceFactory.create(DatabaseUrl.parse(databaseUrl), 1)) {
      return new JooqProfileFinder(DSL.using(pool, SQLDialect.POSTGRES))
          .positionBefore(query)
          .map(position -> ProfileSqlRenderer.pageSqlInlined(query.withSeek(position)))
          .orElseThrow(() -> new IllegalStateException("no rows before " + query.page()));
    }
  }
}
