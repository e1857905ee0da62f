package io.insighta.adapters.http.server.imports;

import io.insighta.adapters.http.server.context.Callers;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.json.BodyCharset;
import io.insighta.adapters.http.server.json.BoundedInput;
import io.insighta.adapters.http.server.json.MediaTypes;
import io.insighta.adapters.http.server.json.StrictBodyReader;
import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ImportSummary;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * {@code POST /api/profiles/import}: streams a JSON or CSV body row by row into the import use
 * case, never holding the file in memory, and answers with the summary.
 */
public final class ProfileImportHandler implements Handler {

  private final ImportProfilesUseCase importer;
  private final long maxBytes;
  private final ClientAddress addresses;

  public ProfileImportHandler(
      ImportProfilesUseCase importer, long maxBytes, ClientAddress addresses) {
    this.importer = importer;
    this.maxBytes = maxBytes;
    this.addresses = addresses;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    // The raw header: Jetty's parsed Content-Type throws on a charset name it does not know.
    String contentType = ctx.header(Header.CONTENT_TYPE);
    boolean json = MediaTypes.is(contentType, MediaTypes.JSON);
    if (!json && !MediaTypes.is(contentType, MediaTypes.CSV)) {
      throw new ApiException(415, ErrorMessages.UNSUPPORTED_MEDIA_TYPE);
    }
    Charset charset = BodyCharset.of(contentType);
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new ApiException(413, ErrorMessages.BODY_TOO_LARGE);
    }
    Reader body = new StrictBodyReader(new BoundedInput(ctx.bodyInputStream(), maxBytes), charset);
    ImportSummary summary;
    // A body that stops short or is not valid in its charset throws BodyReadException out of the
    // rows, which the import does not catch: its transaction rolls back and nothing is stored.
    try (ProfileImportReader rows = reader(json, body)) {
      summary = importer.importAll(rows, Callers.of(ctx, addresses));
    }
    ctx.json(new ImportResponse("success", ImportSummaryResponse.of(summary)));
  }

  private static ProfileImportReader reader(boolean json, Reader body) {
    return json
        ? new JsonProfileImportReader(body)
        : new CsvProfileImportReader(new BufferedReader(body));
  }
}
