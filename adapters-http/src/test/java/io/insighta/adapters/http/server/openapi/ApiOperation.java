package io.insighta.adapters.http.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: its method (upper case), path template, JSON pointer into
 * the document and the operation object itself.
 */
public record ApiOperation(String method, String template, String pointer, JsonNode node) {

  /** {@code "GET /api/profiles (listProfiles)"}, for messages. */
  public String describe() {
    String id = node.path("operationId").asText("");
    return method + " " + template + (id.isEmpty() ? "" : " (" + id + ")");
  }

  /** {@code "GET /api/profiles"}, the form a route list compares. */
  public String route() {
    return method + " " + template;
  }
}
