package io.insighta.cli.profile;

import java.util.List;

/** What {@code POST /api/profiles/import} reports: counts and the rejected lines. */
public record ImportSummary(long inserted, long skipped, List<LineError> errors) {
  public ImportSummary {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** One rejected input line and why. */
  public record LineError(Long line, String reason) {}
}
