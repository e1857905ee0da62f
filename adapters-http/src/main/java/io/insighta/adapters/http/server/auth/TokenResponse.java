package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.insighta.adapters.http.server.users.UserMapper;
import io.insighta.adapters.http.server.users.UserResponse;
import io.insighta.application.auth.IssuedSession;

/** The token body of sign-in and refresh answers. */
@JsonPropertyOrder({"status", "access_token", "refresh_token", "token_type", "expires_in", "user"})
public record TokenResponse(
    @JsonProperty("status") String status,
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn,
    @JsonProperty("user") UserResponse user) {

  static TokenResponse of(IssuedSession session) {
    return new TokenResponse(
        "success",
        session.accessToken(),
        session.refreshToken(),
        "Bearer",
        session.accessTtl().toSeconds(),
        UserMapper.toResponse(session.user()));
  }

  /** Never prints the tokens. */
  @Override
  public String toString() {
    return "TokenResponse[user=" + user.id() + "]";
  }
}
