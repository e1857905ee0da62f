package io.insighta.bootstrap.metrics;

import io.insighta.application.audit.Caller;
import io.insighta.application.profile.ImportCandidate;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ImportSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Iterator;

/**
 * Counts imported rows ({@code insighta.import.rows}) by {@code result}, as the import summary
 * reports them: {@code inserted}, {@code skipped} (already present or invalid) and {@code invalid}.
 */
public final class MeteredImports implements ImportProfilesUseCase {
  public static final String NAME = "insighta.import.rows";

  private final ImportProfilesUseCase imports;
  private final Counter inserted;
  private final Counter skipped;
  private final Counter invalid;

  public MeteredImports(ImportProfilesUseCase imports, MeterRegistry registry) {
    this.imports = imports;
    this.inserted = counter(registry, "inserted");
    this.skipped = counter(registry, "skipped");
    this.invalid = counter(registry, "invalid");
  }

  @Override
  public ImportSummary importAll(Iterator<ImportCandidate> rows, Caller caller) {
    ImportSummary summary = imports.importAll(rows, caller);
    inserted.increment((double) summary.inserted());
    skipped.increment((double) summary.skipped());
    invalid.increment((double) summary.invalid());
    return summary;
  }

  private static Counter counter(MeterRegistry registry, String result) {
    return Counter.builder(NAME)
        .description("Rows of profile imports, by what became of them")
        .tag("result", result)
        .register(registry);
  }
}
