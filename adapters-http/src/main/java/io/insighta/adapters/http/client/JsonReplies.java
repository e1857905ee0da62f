package io.insighta.adapters.http.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Strict, typed reading of JSON replies: anything missing or mistyped is an {@link
 * InvalidReplyException}.
 */
public final class JsonReplies {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonReplies() {}

  /**
   * Parses a whole body that must be one JSON value (an empty body is malformed, not "missing").
   */
  public static JsonNode parse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new InvalidReplyException("empty body");
      }
      return node;
    } catch (IOException e) {
      throw new InvalidReplyException("malformed JSON", e);
    }
  }

  /** Parses a body that must be a JSON object. */
  public static JsonNode parseObject(byte[] body) {
    JsonNode node = parse(body);
    if (!node.isObject()) {
      throw new InvalidReplyException("body is not a JSON object");
    }
    return node;
  }

  /** A string field, or null when it is absent or JSON null. */
  public static String optionalText(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidReplyException(field + " is not a string");
    }
    return value.textValue();
  }

  /** A string field that must be present. */
  public static String requiredText(JsonNode object, String field) {
    String text = optionalText(object, field);
    if (text == null) {
      throw new InvalidReplyException(field + " is missing");
    }
    return text;
  }

  /** A whole-number field, or null when it is absent or JSON null. */
  public static Long optionalInteger(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new InvalidReplyException(field + " is not a whole number");
    }
    return value.longValue();
  }

  /** A whole-number field that must be present. */
  public static long requiredInteger(JsonNode object, String field) {
    Long number = optionalInteger(object, field);
    if (number == null) {
      throw new InvalidReplyException(field + " is missing");
    }
    return number;
  }

  /** A numeric field that must be present and lie in the closed range 0 to 1. */
  public static double probability(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidReplyException(field + " is missing");
    }
    if (!value.isNumber()) {
      throw new InvalidReplyException(field + " is not a number");
    }
    double probability = value.doubleValue();
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new InvalidReplyException(field + " is outside 0 to 1");
    }
    return probability;
  }

  /** A boolean field; absent or null counts as false. */
  public static boolean flag(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new InvalidReplyException(field + " is not a boolean");
    }
    return value.booleanValue();
  }

  /** An array field that must be present. */
  public static JsonNode requiredArray(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidReplyException(field + " is missing");
    }
    if (!value.isArray()) {
      throw new InvalidReplyException(field + " is not an array");
    }
    return value;
  }
}
