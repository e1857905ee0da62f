package io.insighta.adapters.http.client.demographics;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.InvalidReplyException;
import io.insighta.adapters.http.client.JsonReplies;

/** Reads {@code {"age":..}}; a null, negative or implausible age is unusable. */
final class AgifyReply {
  /** Profiles refuse ages above this, so a larger prediction can never be stored. */
  static final int MAX_AGE = 150;

  private AgifyReply() {}

  static int read(JsonNode body) {
    Long age = JsonReplies.optionalInteger(body, "age");
    if (age == null) {
      throw new InvalidReplyException("age is null");
    }
    if (age < 0 || age > MAX_AGE) {
      throw new InvalidReplyException("age is out of range: " + age);
    }
    return age.intValue();
  }
}
