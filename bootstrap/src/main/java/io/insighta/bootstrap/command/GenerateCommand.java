package io.insighta.bootstrap.command;

import io.insighta.adapters.http.server.imports.ProfileCsvColumns;
import io.insighta.application.profile.ImportCandidate;
import io.insighta.bootstrap.seed.DemoProfileGenerator;
import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes N deterministic synthetic profiles as CSV in the export's columns, ready to import. */
@Command(name = "generate", description = "Write N synthetic profiles as CSV (stdout or -o).")
public final class GenerateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "N", description = "How many profiles.")
  long count;

  @Option(
      names = {"-o", "--output"},
      description = "Output file (default: standard output).")
  Path output;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("N must not be negative");
    }
    long started = System.nanoTime();
    try (Writer writer = open();
        CSVPrinter csv = ProfileCsvColumns.EXPORT.print(writer)) {
      DemoProfileGenerator rows = new DemoProfileGenerator(count, seed);
      while (rows.hasNext()) {
        print(csv, rows.next());
      }
    }
    if (output != null) {
      long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "wrote %d profiles to %s in %d ms (%d rows/s)%n",
          count, output, millis, count * 1000 / millis);
      err.flush();
    }
    return 0;
  }

  private Writer open() throws IOException {
    if (output == null) {
      return new BufferedWriter(
          new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  private static void print(CSVPrinter csv, ImportCandidate row) throws IOException {
    int age = Integer.parseInt(row.age());
    Country country = Country.ofCode(row.countryId()).orElseThrow();
    csv.printRecord(
        row.id(),
        row.name(),
        row.gender(),
        row.genderProbability(),
        row.age(),
        AgeGroup.of(age).code(),
        country.code(),
        country.name(),
        row.countryProbability(),
        row.createdAt());
  }
}
