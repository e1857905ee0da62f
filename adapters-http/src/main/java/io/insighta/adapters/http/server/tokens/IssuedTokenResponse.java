package io.insighta.adapters.http.server.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A personal access token just created, the one answer that carries its secret ({@code token}). */
@JsonPropertyOrder({"id", "name", "scope", "token", "created_at", "expires_at", "last_used_at"})
public record IssuedTokenResponse(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("scope") String scope,
    @JsonProperty("token") String token,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("expires_at") String expiresAt,
    @JsonProperty("last_used_at") String lastUsedAt) {}
