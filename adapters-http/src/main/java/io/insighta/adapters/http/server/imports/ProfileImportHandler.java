package io.insighta.adapters.http.server.imports;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.json.BoundedInput;
import io.insighta.adapters.http.server.json.MediaTypes;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ImportSummary;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.InputStream;

/**
 * {@code POST /api/profiles/import}: streams a JSON or CSV body row by row into the import use
 * case, never holding the file in memory, and answers with the summary.
 */
public final class ProfileImportHandler implements Handler {

  private final ImportProfilesUseCase importer;
  private final long maxBytes;

  public ProfileImportHandler(ImportProfilesUseCase importer, long maxBytes) {
    this.importer = importer;
    this.maxBytes = maxBytes;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String contentType = ctx.contentType();
    boolean json = MediaTypes.is(contentType, MediaTypes.JSON);
    if (!json && !MediaTypes.is(contentType, MediaTypes.CSV)) {
      throw new ApiException(415, ErrorMessages.UNSUPPORTED_MEDIA_TYPE);
    }
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new ApiException(413, ErrorMessages.BODY_TOO_LARGE);
    }
    InputStream body = new BoundedInput(ctx.bodyInputStream(), maxBytes);
    ImportSummary summary;
    try (ProfileImportReader rows = reader(json, body)) {
      summary = importer.importAll(rows);
    }
    ctx.json(new ImportResponse("success", ImportSummaryResponse.of(summary)));
  }

  private static ProfileImportReader reader(boolean json, InputStream body) {
    return json ? new JsonProfileImportReader(body) : CsvProfileImportReader.of(body);
  }
}
