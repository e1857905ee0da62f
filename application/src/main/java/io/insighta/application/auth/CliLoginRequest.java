package io.insighta.application.auth;

/**
 * The CLI's own state, S256 challenge and loopback redirect URI, as sent to {@code
 * /auth/github?client=cli}.
 */
public record CliLoginRequest(
    String state, String codeChallenge, String codeChallengeMethod, String redirectUri) {}
