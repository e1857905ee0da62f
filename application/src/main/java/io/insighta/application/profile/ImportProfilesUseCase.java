package io.insighta.application.profile;

import io.insighta.application.audit.Caller;
import java.util.Iterator;

/**
 * Loads many profiles at once; rows whose name already exists are skipped, so reruns add nothing.
 */
public interface ImportProfilesUseCase {

  /**
   * Imports every row, or none: an exception thrown by {@code rows} itself (its source failed, say
   * a request body was cut off) is passed on and nothing of the import is stored. A finished import
   * is recorded in the audit trail with its counts, even when it inserted nothing.
   */
  ImportSummary importAll(Iterator<ImportCandidate> rows, Caller caller);
}
