package io.insighta.adapters.http.server.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** An audit entry on the wire, API.md's ten fields in order. */
@JsonPropertyOrder({
  "id",
  "at",
  "action",
  "actor_id",
  "actor_username",
  "target_type",
  "target_id",
  "ip",
  "request_id",
  "details"
})
public record AuditEntryResponse(
    @JsonProperty("id") String id,
    @JsonProperty("at") String at,
    @JsonProperty("action") String action,
    @JsonProperty("actor_id") String actorId,
    @JsonProperty("actor_username") String actorUsername,
    @JsonProperty("target_type") String targetType,
    @JsonProperty("target_id") String targetId,
    @JsonProperty("ip") String ip,
    @JsonProperty("request_id") String requestId,
    @JsonProperty("details") Map<String, Object> details) {}
