package io.insighta.adapters.http.server.imports;

import io.insighta.application.profile.ImportCandidate;
import java.util.NoSuchElementException;

/**
 * The iterator half of an import reader: reads one row ahead so that {@code hasNext} can answer,
 * until the reader reports its last row.
 */
abstract class LookAheadImportReader implements ProfileImportReader {
  private ImportCandidate pending;
  private boolean finished;

  /** The next row, or null when there is none; may call {@link #finish()} to make it the last. */
  abstract ImportCandidate advance();

  /** Nothing is read after the row being returned. */
  final void finish() {
    finished = true;
  }

  /** Ends the rows with this one, before any other is read (a problem with the whole file). */
  final void failWith(ImportCandidate problem) {
    pending = problem;
    finished = true;
  }

  @Override
  public final boolean hasNext() {
    if (pending == null && !finished) {
      pending = advance();
    }
    return pending != null;
  }

  @Override
  public final ImportCandidate next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ImportCandidate row = pending;
    pending = null;
    return row;
  }
}
