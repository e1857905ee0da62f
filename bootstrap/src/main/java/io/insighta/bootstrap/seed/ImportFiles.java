package io.insighta.bootstrap.seed;

import io.insighta.adapters.http.server.imports.CsvProfileImportReader;
import io.insighta.adapters.http.server.imports.JsonProfileImportReader;
import io.insighta.adapters.http.server.imports.ProfileImportReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a JSON or CSV profile file as a stream of import rows, chosen by its extension, parsed
 * ahead on a second thread.
 */
public final class ImportFiles {
  private ImportFiles() {}

  public static ProfileImportReader open(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json") && !name.endsWith(".csv")) {
      throw new IllegalArgumentException(file + ": only .json and .csv files can be imported");
    }
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return new ReadAheadReader(
        name.endsWith(".json") ? new JsonProfileImportReader(in) : CsvProfileImportReader.of(in));
  }
}
