package io.insighta.adapters.http.server.imports;

/** The success body of an import: {@code {"status":"success","data":{summary}}}. */
public record ImportResponse(String status, ImportSummaryResponse data) {}
