package io.insighta.adapters.http.client.demographics;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.InvalidReplyException;
import io.insighta.adapters.http.client.JsonReplies;
import io.insighta.domain.profile.Gender;

/**
 * Reads {@code {"name","gender","probability","count"}}; a null gender or zero count is unusable.
 */
final class GenderizeReply {
  private GenderizeReply() {}

  static GenderPrediction read(JsonNode body) {
    String gender = JsonReplies.optionalText(body, "gender");
    if (gender == null) {
      throw new InvalidReplyException("gender is null");
    }
    long count = JsonReplies.requiredInteger(body, "count");
    if (count <= 0) {
      throw new InvalidReplyException("count is " + count);
    }
    double probability = JsonReplies.probability(body, "probability");
    Gender parsed =
        Gender.parse(gender)
            .orElseThrow(() -> new InvalidReplyException("gender is neither male nor female"));
    return new GenderPrediction(parsed, probability);
  }
}
