package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.insighta.adapters.http.server.users.UserMapper;
import io.insighta.adapters.http.server.users.UserResponse;
import io.insighta.application.auth.IssuedSession;

/**
 * The answer to a refresh authenticated by the refresh cookie: the new tokens travel only in
 * HttpOnly cookies, so script in the page can never read them.
 */
@JsonPropertyOrder({"status", "token_type", "expires_in", "user"})
record CookieSessionResponse(
    @JsonProperty("status") String status,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn,
    @JsonProperty("user") UserResponse user) {

  static CookieSessionResponse of(IssuedSession session) {
    return new CookieSessionResponse(
        "success",
        "Bearer",
        session.accessTtl().toSeconds(),
        UserMapper.toResponse(session.user()));
  }
}
