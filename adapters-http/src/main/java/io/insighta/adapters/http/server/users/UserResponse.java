package io.insighta.adapters.http.server.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The user object on the wire, exactly API.md's nine fields in order. */
@JsonPropertyOrder({
  "id",
  "github_id",
  "username",
  "email",
  "avatar_url",
  "role",
  "is_active",
  "last_login_at",
  "created_at"
})
public record UserResponse(
    @JsonProperty("id") String id,
    @JsonProperty("github_id") long githubId,
    @JsonProperty("username") String username,
    @JsonProperty("email") String email,
    @JsonProperty("avatar_url") String avatarUrl,
    @JsonProperty("role") String role,
    @JsonProperty("is_active") boolean active,
    @JsonProperty("last_login_at") String lastLoginAt,
    @JsonProperty("created_at") String createdAt) {}
