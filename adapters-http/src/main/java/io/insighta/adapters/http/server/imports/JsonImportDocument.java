package io.insighta.adapters.http.server.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.insighta.application.profile.ImportCandidate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The shape of a JSON import document: where its rows start and how one row object reads. */
final class JsonImportDocument {

  static final String ROWS_FIELD = "profiles";
  private static final Set<String> KNOWN = Set.copyOf(ProfileCsvColumns.COLUMNS);

  private JsonImportDocument() {}

  /**
   * Moves the parser onto the start of the rows array; returns a problem row when the document has
   * another shape, or null (with the parser not on an array) when it is empty.
   */
  static ImportCandidate openRows(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null || token == JsonToken.START_ARRAY) {
      return null;
    }
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (ROWS_FIELD.equals(field) && value == JsonToken.START_ARRAY) {
          return null;
        }
        parser.skipChildren();
      }
    }
    return ImportCandidate.unreadable(
        parser.currentLocation().getLineNr(),
        "expected a JSON array or an object with a \"profiles\" array");
  }

  /** Reads the object the parser is on; nested values in known fields make the row invalid. */
  static ImportCandidate readRow(JsonParser parser, long line) throws IOException {
    Map<String, String> fields = new HashMap<>();
    String problem = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isScalarValue()) {
        fields.put(field, value == JsonToken.VALUE_NULL ? null : parser.getText());
      } else {
        parser.skipChildren();
        if (problem == null && KNOWN.contains(field)) {
          problem = field + " must be a single value";
        }
      }
    }
    return new ImportCandidate(
        line,
        fields.get("id"),
        fields.get("name"),
        fields.get("gender"),
        fields.get("gender_probability"),
        fields.get("age"),
        fields.get("age_group"),
        fields.get("country_id"),
        fields.get("country_probability"),
        fields.get("created_at"),
        problem);
  }
}
