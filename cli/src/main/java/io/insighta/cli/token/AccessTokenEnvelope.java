package io.insighta.cli.token;

/** The answer of {@code POST /api/tokens}: the new token with its secret. */
public record AccessTokenEnvelope(AccessToken data) {}
