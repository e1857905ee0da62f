package io.insighta.adapters.http.server.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A personal access token on the wire as {@code GET /api/tokens} lists it: never the secret. */
@JsonPropertyOrder({"id", "name", "scope", "created_at", "expires_at", "last_used_at"})
public record TokenResponse(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("scope") String scope,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("expires_at") String expiresAt,
    @JsonProperty("last_used_at") String lastUsedAt) {}
