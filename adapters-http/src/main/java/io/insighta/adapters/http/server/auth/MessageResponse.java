package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A success body with only a message, e.g. {@code {"status":"success","message":"Logged out"}}. */
@JsonPropertyOrder({"status", "message"})
public record MessageResponse(String status, String message) {
  static MessageResponse of(String message) {
    return new MessageResponse("success", message);
  }
}
