package io.insighta.application.profile;

import java.util.Iterator;

/**
 * Loads many profiles at once; rows whose name already exists are skipped, so reruns add nothing.
 */
public interface ImportProfilesUseCase {

  ImportSummary importAll(Iterator<ImportCandidate> rows);
}
