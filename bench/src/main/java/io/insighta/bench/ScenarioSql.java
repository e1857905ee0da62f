package io.insighta.bench;

import io.insighta.adapters.persistence.profile.ProfileSqlRenderer;
import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.Sort;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints each scenario as one tab-separated line: name, HTTP path, page SQL and count SQL with
 * values inlined; {@code bench/run.sh} feeds the SQL to pgbench and EXPLAIN.
 */
public final class ScenarioSql {
  /** About a tenth of the generated profiles: senior women (20 % seniors, 51 % women). */
  static final String EXPORT_PATH =
      "/api/profiles/export?format=csv&gender=female&age_group=senior";

  static final ProfileFilter EXPORT_FILTER =
      ProfileFilter.NONE.withGender(Gender.FEMALE).withAgeGroup(AgeGroup.SENIOR);

  private ScenarioSql() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (BenchScenario scenario : BenchScenario.values()) {
      out.println(
          scenario.name().toLowerCase(java.util.Locale.ROOT)
              + "\t"
              + scenario.path()
              + "\t"
              + ProfileSqlRenderer.pageSqlInlined(scenario.query())
              + "\t"
              + ProfileSqlRenderer.countSqlInlined(scenario.query().filter()));
    }
    out.println(
        "export\t"
            + EXPORT_PATH
            + "\t"
            + ProfileSqlRenderer.exportSqlInlined(EXPORT_FILTER, Sort.DEFAULT)
            + "\t"
            + ProfileSqlRenderer.countSqlInlined(EXPORT_FILTER));
  }
}
