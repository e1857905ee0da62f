package io.insighta.bootstrap.command;

import com.google.inject.Injector;
import io.insighta.adapters.http.server.imports.ProfileImportReader;
import io.insighta.application.audit.Caller;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ImportRowError;
import io.insighta.application.profile.ImportSummary;
import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.Lifecycle;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.seed.ImportFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads a JSON or CSV file of profiles into the configured database; reruns add nothing. */
@Command(name = "import", description = "Import profiles from a .json or .csv file.")
public final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A JSON file like seed_profiles.json or a CSV.")
  Path file;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException(file + ": no such readable file");
    }
    Settings settings = Settings.fromEnvironment(System.getenv());
    try (Lifecycle lifecycle = new Lifecycle()) {
      Injector injector =
          InsightaServer.createInjector(settings, Clock.systemUTC(), lifecycle, false);
      long started = System.nanoTime();
      ImportSummary summary;
      try (ProfileImportReader rows = ImportFiles.open(file)) {
        // The command runs with the database's own credentials, not as a platform user: its entry
        // has no actor, ip or request id.
        summary = injector.getInstance(ImportProfilesUseCase.class).importAll(rows, Caller.SERVER);
      }
      report(summary, (System.nanoTime() - started) / 1_000_000);
    }
    return 0;
  }

  private void report(ImportSummary summary, long millis) {
    PrintWriter out = spec.commandLine().getOut();
    long rows = summary.inserted() + summary.skipped();
    out.printf(
        "Imported %s: %d inserted, %d skipped (%d already present, %d invalid) in %d ms (%d rows/s)%n",
        file,
        summary.inserted(),
        summary.skipped(),
        summary.skipped() - summary.invalid(),
        summary.invalid(),
        millis,
        millis == 0 ? rows : rows * 1000 / millis);
    for (ImportRowError error : summary.errors()) {
      out.printf("  line %d: %s%n", error.line(), error.reason());
    }
    if (summary.invalid() > summary.errors().size()) {
      out.printf("  ... and %d more invalid rows%n", summary.invalid() - summary.errors().size());
    }
    out.flush();
  }
}
