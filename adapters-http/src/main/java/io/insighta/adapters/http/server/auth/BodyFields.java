package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.application.auth.BadAuthRequestException;

/** Reads optional text fields of a small JSON request body; a non-text value is a 400. */
final class BodyFields {
  private BodyFields() {}

  /** The text of the first present field among {@code names}, or null when none is present. */
  static String text(JsonNode body, String... names) {
    if (body == null || !body.isObject()) {
      return null;
    }
    for (String name : names) {
      JsonNode value = body.get(name);
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isTextual()) {
        throw new BadAuthRequestException("Invalid type: " + name + " must be a string");
      }
      return value.textValue();
    }
    return null;
  }
}
