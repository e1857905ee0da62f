package io.insighta.bootstrap.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code postmaster.pid} of a data directory: the server's PID on line 1 and the data
 * directory it serves on line 2.
 */
record PostmasterPid(long pid, Path dataDirectory) {
  static final String FILE_NAME = "postmaster.pid";

  /** The file's content, or empty when no server has the directory (or the file is cut short). */
  static Optional<PostmasterPid> read(Path pgData) {
    List<String> lines;
    try {
      lines = Files.readAllLines(pgData.resolve(FILE_NAME));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.size() < 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PostmasterPid(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** True when {@code pgData} is the directory this file says its server serves. */
  boolean serves(Path pgData) {
    return dataDirectory.toAbsolutePath().normalize().equals(pgData.toAbsolutePath().normalize());
  }
}
