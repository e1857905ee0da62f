package io.insighta.adapters.http.server.imports;

import io.insighta.application.profile.ImportCandidate;
import java.io.Closeable;
import java.util.Iterator;

/** A streaming source of import rows read from a file or request body; close it when done. */
public interface ProfileImportReader extends Iterator<ImportCandidate>, Closeable {}
