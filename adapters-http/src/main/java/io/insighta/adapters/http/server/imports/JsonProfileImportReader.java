package io.insighta.adapters.http.server.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.insighta.application.profile.ImportCandidate;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Streams import rows out of a JSON document, {@code {"profiles":[...]}} or a bare array, one
 * object at a time so files of any size need constant memory. Rows carry the line their object
 * starts on; a malformed document yields one unreadable row at the point of failure and ends.
 */
public final class JsonProfileImportReader extends LookAheadImportReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonParser parser;
  private boolean started;

  /** Reads bytes in the encoding Jackson detects (UTF-8 unless a byte order mark says else). */
  public JsonProfileImportReader(InputStream in) {
    try {
      this.parser = FACTORY.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads text already decoded, such as a request body in its declared charset. */
  public JsonProfileImportReader(Reader in) {
    try {
      this.parser = FACTORY.createParser(Utf8Bom.skip(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  @Override
  ImportCandidate advance() {
    try {
      if (!started) {
        started = true;
        ImportCandidate problem = JsonImportDocument.openRows(parser);
        if (problem != null || parser.currentToken() != JsonToken.START_ARRAY) {
          finish();
          return problem;
        }
      }
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        finish();
        return null;
      }
      long line = parser.currentTokenLocation().getLineNr();
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return ImportCandidate.unreadable(line, "entry is not a JSON object");
      }
      return JsonImportDocument.readRow(parser, line);
    } catch (JsonProcessingException e) {
      finish();
      JsonLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
      return ImportCandidate.unreadable(
          at.getLineNr(), "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
