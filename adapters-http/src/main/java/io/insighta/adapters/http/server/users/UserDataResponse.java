package io.insighta.adapters.http.server.users;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A success body carrying one user. */
@JsonPropertyOrder({"status", "data"})
public record UserDataResponse(String status, UserResponse data) {
  public static UserDataResponse of(UserResponse user) {
    return new UserDataResponse("success", user);
  }
}
