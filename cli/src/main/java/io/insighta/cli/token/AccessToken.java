package io.insighta.cli.token;

/**
 * A personal access token as the API describes it; {@code token} is the secret, sent only in the
 * answer that created it.
 */
public record AccessToken(
    String id,
    String name,
    String scope,
    String token,
    String createdAt,
    String expiresAt,
    String lastUsedAt) {}
