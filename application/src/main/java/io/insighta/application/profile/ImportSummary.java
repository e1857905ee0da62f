package io.insighta.application.profile;

import java.util.List;

/**
 * The outcome of an import: rows inserted, rows skipped (already present or invalid) and the
 * reasons for the first {@link #MAX_REPORTED_ERRORS} invalid rows.
 */
public record ImportSummary(
    long inserted, long skipped, long invalid, List<ImportRowError> errors) {
  public static final int MAX_REPORTED_ERRORS = 100;

  public ImportSummary {
    errors = List.copyOf(errors);
  }
}
