package io.insighta.adapters.http.server.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A success body carrying one object, with an optional message before it. */
@JsonPropertyOrder({"status", "message", "data"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataEnvelope<T>(String status, String message, T data) {

  public static <T> DataEnvelope<T> of(T data) {
    return new DataEnvelope<>("success", null, data);
  }

  public static <T> DataEnvelope<T> of(String message, T data) {
    return new DataEnvelope<>("success", message, data);
  }
}
