package io.insighta.adapters.http.server.profile;

import io.insighta.adapters.http.server.imports.ProfileCsvColumns;
import io.insighta.application.profile.ExportProfilesUseCase;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/profiles/export?format=csv}: writes each matching row straight to the response as
 * the store produces it, so memory stays constant whatever the size of the export.
 */
final class ProfileExportHandler implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(ProfileExportHandler.class);
  private static final DateTimeFormatter FILE_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final ExportProfilesUseCase export;
  private final Clock clock;

  ProfileExportHandler(ExportProfilesUseCase export, Clock clock) {
    this.export = export;
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    ListParameters params = ProfileQueryParameters.forExport(ctx.queryParamMap());
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"profiles_" + FILE_TIMESTAMP.format(clock.instant()) + ".csv\"");
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    CSVPrinter printer = new CSVPrinter(writer, ProfileCsvColumns.EXPORT);
    try {
      export.export(
          params.filter(),
          params.sort(),
          profile -> {
            try {
              printer.printRecord(ProfileMapper.toCsvRow(profile));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      printer.flush();
    } catch (UncheckedIOException e) {
      if (!ctx.res().isCommitted()) {
        throw e;
      }
      // The client went away mid-download; nothing can be sent any more.
      LOG.debug("CSV export aborted: {}", e.getMessage());
    }
  }
}
