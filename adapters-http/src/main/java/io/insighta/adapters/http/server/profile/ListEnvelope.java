package io.insighta.adapters.http.server.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Map;

/**
 * The paged list body of list and search, its {@code data} already JSON; search adds the filters
 * its query was read as.
 */
@JsonPropertyOrder({
  "status",
  "page",
  "limit",
  "total",
  "total_pages",
  "links",
  "data",
  "interpreted_as"
})
public record ListEnvelope(
    @JsonProperty("status") String status,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("total") long total,
    @JsonProperty("total_pages") long totalPages,
    @JsonProperty("links") Links links,
    @JsonProperty("data") RawValue data,
    @JsonProperty("interpreted_as") @JsonInclude(JsonInclude.Include.NON_NULL)
        Map<String, Object> interpretedAs) {}
