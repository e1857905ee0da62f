package io.insighta.cli.command;

import io.insighta.cli.output.CsvRowCounter;
import io.insighta.cli.output.ProgressLine;
import io.insighta.cli.output.Units;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies a CSV stream to a file chunk by chunk, counting bytes and rows as they pass. */
final class CsvDownload {
  private final ProgressLine progress;

  CsvDownload(PrintWriter err, boolean tty) {
    this.progress = new ProgressLine(err, tty);
  }

  /** The outcome of one download. */
  record Result(long bytes, long rows) {}

  /** Writes to {@code target.part} first so an interrupted export never looks complete. */
  Result save(InputStream in, Path target) throws IOException {
    Path part = target.resolveSibling(target.getFileName() + ".part");
    CsvRowCounter rows = new CsvRowCounter();
    long bytes = 0;
    try (OutputStream out = Files.newOutputStream(part)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        rows.accept(buffer, n);
        bytes += n;
        long sofar = bytes;
        progress.update(bytes, () -> line("Downloading", sofar, rows.rows()));
      }
    } catch (IOException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    progress.finish(line("Downloaded", bytes, rows.rows()));
    return new Result(bytes, rows.rows());
  }

  private static String line(String verb, long bytes, long rows) {
    return verb + " " + Units.bytes(bytes) + " · " + Units.count(rows, "row");
  }
}
