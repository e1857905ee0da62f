package io.insighta.application.profile;

/** Why one import row was rejected. */
public record ImportRowError(long line, String reason) {}
