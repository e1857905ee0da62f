package io.insighta.bench;

import io.insighta.adapters.persistence.profile.ProfileSqlRenderer;
import io.insighta.domain.query.ProfileQuery;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to turn a filter, sort and page into the PostgreSQL page and count statements with the
 * persistence adapter's jOOQ builders (rendering only, no database).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@State(Scope.Benchmark)
public class FilterSqlBenchmark {

  @Param({
    "DEFAULT_LIST",
    "MALES_NG_25_PLUS_BY_AGE",
    "ADULTS_CONFIDENT_PAGE_200",
    "SEARCH_YOUNG_MALES_NIGERIA",
    "SEARCH_WOMEN_SOUTH_AFRICA_30_40"
  })
  public String scenario;

  private ProfileQuery query;

  @Setup
  public void prepare() {
    query = BenchScenario.valueOf(scenario).query();
  }

  @Benchmark
  public String pageSql() {
    return ProfileSqlRenderer.pageSql(new ProfileQuery(query.filter(), query.sort(), query.page()));
  }

  @Benchmark
  public String countSql() {
    return ProfileSqlRenderer.countSql(query.filter());
  }
}
