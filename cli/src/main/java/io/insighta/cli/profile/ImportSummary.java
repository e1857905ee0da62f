package io.insighta.cli.profile;

import java.util.List;

/**
 * What {@code POST /api/profiles/import} reports: counts and the rejected lines. The server lists
 * only the first rejected lines, so {@code invalid} is the count to show; a server that does not
 * send it is taken to list them all.
 */
public record ImportSummary(long inserted, long skipped, Long invalid, List<LineError> errors) {
  public ImportSummary {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** How many rows were rejected as invalid, listed or not. */
  public long invalidCount() {
    return invalid == null ? errors.size() : Math.max(invalid, errors.size());
  }

  /** One rejected input line and why. */
  public record LineError(Long line, String reason) {}
}
