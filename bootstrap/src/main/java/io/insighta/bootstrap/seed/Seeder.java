package io.insighta.bootstrap.seed;

import io.insighta.adapters.http.server.imports.ProfileImportReader;
import io.insighta.application.audit.Caller;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ImportSummary;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code INSIGHTA_SEED} at start: the demo set into an empty database, or a file. */
public final class Seeder {
  public static final long DEMO_SIZE = 5_000;
  public static final long DEMO_RANDOM_SEED = 2026;
  private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);
  private final ImportProfilesUseCase importer;
  private final ProfileFinder finder;

  @jakarta.inject.Inject
  public Seeder(ImportProfilesUseCase importer, ProfileFinder finder) {
    this.importer = importer;
    this.finder = finder;
  }

  public void apply(String seed) {
    switch (seed) {
      case "none" -> LOG.debug("no seed requested");
      case "demo" -> seedDemoIfEmpty();
      default -> seedFile(Path.of(seed));
    }
  }

  private void seedDemoIfEmpty() {
    if (finder.count(ProfileFilter.NONE) > 0) {
      return;
    }
    ImportSummary summary =
        importer.importAll(new DemoProfileGenerator(DEMO_SIZE, DEMO_RANDOM_SEED), Caller.SERVER);
    LOG.info("seeded {} demo profiles into the empty database", summary.inserted());
  }

  private void seedFile(Path file) {
    try (ProfileImportReader rows = ImportFiles.open(file)) {
      ImportSummary summary = importer.importAll(rows, Caller.SERVER);
      LOG.info(
          "seed {}: {} inserted, {} skipped ({} invalid)",
          file,
          summary.inserted(),
          summary.skipped(),
          summary.invalid());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read seed file " + file, e);
    }
  }
}
