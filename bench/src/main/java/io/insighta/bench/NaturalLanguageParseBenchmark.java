package io.insighta.bench;

import io.insighta.domain.query.NaturalLanguageQuery;
import io.insighta.domain.query.ProfileFilter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to read one plain-English query into a filter: the five required ones and three long. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class NaturalLanguageParseBenchmark {

  @Param({
    "young males",
    "females above 30",
    "people from angola",
    "adult males from kenya",
    "male and female teenagers above 17",
    "show me all the young men from nigeria who are between 18 and 24 years old"
        + " with a gender probability above 0.9",
    "adult women living in the democratic republic of the congo aged 30 to 45"
        + " with country confidence of at least 80 percent",
    "Elderly pensioners from Côte d'Ivoire over the age of seventy-five who are ladies"
        + " with gender certainty greater than or equal to 0.75"
  })
  public String query;

  @Benchmark
  public ProfileFilter parse() {
    return NaturalLanguageQuery.parse(query);
  }
}
