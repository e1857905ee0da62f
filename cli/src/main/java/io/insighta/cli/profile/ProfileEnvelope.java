package io.insighta.cli.profile;

/** The single-profile envelope; {@code message} is set when create found an existing one. */
public record ProfileEnvelope(String message, Profile data) {}
