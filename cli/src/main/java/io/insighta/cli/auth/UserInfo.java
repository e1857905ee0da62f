package io.insighta.cli.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The user object of the API, as {@code /auth/me} and the token body carry it. */
public record UserInfo(
    String id,
    Long githubId,
    String username,
    String email,
    String avatarUrl,
    String role,
    @JsonProperty("is_active") Boolean active,
    String lastLoginAt,
    String createdAt) {}
