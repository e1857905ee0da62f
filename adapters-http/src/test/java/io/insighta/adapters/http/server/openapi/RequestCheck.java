package io.insighta.adapters.http.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.openapi.OpenApiDocument.Located;
import java.util.List;
import java.util.Optional;

/**
 * Checks the body of a request the server accepted against the operation's documented request body:
 * the operation takes one, its media type is documented, and it matches the schema.
 */
final class RequestCheck {
  private final OpenApiDocument document;
  private final SchemaCheck schemas;

  RequestCheck(OpenApiDocument document, SchemaCheck schemas) {
    this.document = document;
    this.schemas = schemas;
  }

  List<String> problems(String method, String path, String contentType, String body) {
    Optional<ApiOperation> operation = document.operation(method, path);
    if (body.isEmpty() || operation.isEmpty()) {
      return List.of();
    }
    ApiOperation op = operation.get();
    String where = op.describe() + " request";
    if (!op.node().has("requestBody")) {
      return List.of(where + ": has a body, but the operation documents none");
    }
    Located requestBody = document.resolve(op.pointer() + "/requestBody");
    JsonNode content = requestBody.node().path("content");
    String media = Bodies.mediaType(contentType);
    if (media == null || !content.has(media)) {
      return List.of(where + ": Content-Type " + contentType + " is not documented");
    }
    String schema = requestBody.pointer() + "/content/" + OpenApiDocument.escape(media) + "/schema";
    return Bodies.asJson(media, body)
        .map(json -> schemas.violations(schema, json))
        .orElse(List.of("is not JSON: " + ResponseCheck.cut(body)))
        .stream()
        .map(problem -> where + " body " + problem)
        .toList();
  }
}
