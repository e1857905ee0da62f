package io.insighta.adapters.http.server.users;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code GET /auth/me} and {@code /api/users/me}: the user under both {@code data} and {@code
 * user}.
 */
@JsonPropertyOrder({"status", "data", "user"})
public record MeResponse(String status, UserResponse data, UserResponse user) {
  public static MeResponse of(UserResponse user) {
    return new MeResponse("success", user, user);
  }
}
