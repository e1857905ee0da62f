package io.insighta.cli.profile;

/** The success envelope around an {@link ImportSummary}. */
public record ImportEnvelope(ImportSummary data) {}
