package io.insighta.adapters.http.client.demographics;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.InvalidReplyException;
import io.insighta.adapters.http.client.JsonReplies;
import io.insighta.domain.profile.Country;

/** Reads {@code {"country":[{"country_id","probability"}]}} and keeps the most likely country. */
final class NationalizeReply {
  private NationalizeReply() {}

  static CountryPrediction read(JsonNode body) {
    JsonNode entries = JsonReplies.requiredArray(body, "country");
    String bestCode = null;
    double bestProbability = -1;
    for (JsonNode entry : entries) {
      if (!entry.isObject()) {
        throw new InvalidReplyException("country entry is not an object");
      }
      String code = JsonReplies.requiredText(entry, "country_id");
      double probability = JsonReplies.probability(entry, "probability");
      // Strictly greater: on a tie the entry Nationalize listed first wins.
      if (probability > bestProbability) {
        bestCode = code;
        bestProbability = probability;
      }
    }
    if (bestCode == null) {
      throw new InvalidReplyException("no country");
    }
    String code = bestCode;
    Country country =
        Country.ofCode(code)
            .orElseThrow(() -> new InvalidReplyException("unknown country code " + code));
    return new CountryPrediction(country, bestProbability);
  }
}
