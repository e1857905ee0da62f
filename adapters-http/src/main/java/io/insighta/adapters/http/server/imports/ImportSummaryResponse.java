package io.insighta.adapters.http.server.imports;

import io.insighta.application.profile.ImportSummary;
import java.util.List;

/** The wire form of an import's outcome. */
public record ImportSummaryResponse(
    long inserted, long skipped, long invalid, List<RowError> errors) {

  /** One rejected row. */
  public record RowError(long line, String reason) {}

  public static ImportSummaryResponse of(ImportSummary summary) {
    return new ImportSummaryResponse(
        summary.inserted(),
        summary.skipped(),
        summary.invalid(),
        summary.errors().stream().map(e -> new RowError(e.line(), e.reason())).toList());
  }
}
