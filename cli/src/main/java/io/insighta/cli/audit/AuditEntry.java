package io.insighta.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of the audit log, as {@code GET /api/audit} sends it. */
public record AuditEntry(
    String id,
    String at,
    String action,
    String actorId,
    String actorUsername,
    String targetType,
    String targetId,
    String ip,
    String requestId,
    JsonNode details) {}
