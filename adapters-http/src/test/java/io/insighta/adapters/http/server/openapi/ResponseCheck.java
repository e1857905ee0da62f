package io.insighta.adapters.http.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.openapi.OpenApiDocument.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks one response against the operation it answers: the status is documented, required headers
 * are present and match their schemas, the content type is documented and the body matches its
 * schema (or is empty where none is documented).
 */
final class ResponseCheck {
  private final OpenApiDocument document;
  private final SchemaCheck schemas;

  ResponseCheck(OpenApiDocument document, SchemaCheck schemas) {
    this.document = document;
    this.schemas = schemas;
  }

  List<String> problems(
      String method, String path, int status, Function<String, String> header, String body) {
    if (method.equals("OPTIONS")) {
      // CORS preflights are answered for every path before routing; they are no operation.
      return List.of();
    }
    boolean head = method.equals("HEAD");
    Optional<ApiOperation> operation =
        document
            .operation(method, path)
            .or(() -> head ? document.operation("GET", path) : Optional.empty());
    if (operation.isEmpty()) {
      return unrouted(method, path, status, header, head ? "" : body);
    }
    ApiOperation op = operation.get();
    String where = op.describe() + " answered " + status;
    Optional<String> key = responseKey(op.node().path("responses"), status);
    if (key.isEmpty()) {
      return List.of(where + ": status not documented (documented: " + documented(op) + ")");
    }
    Located response =
        document.resolve(op.pointer() + "/responses/" + OpenApiDocument.escape(key.get()));
    List<String> problems = new ArrayList<>();
    headers(response, header).forEach(problem -> problems.add(where + ": " + problem));
    if (!head) {
      content(response, header.apply("Content-Type"), body)
          .forEach(problem -> problems.add(where + ": " + problem));
    }
    return problems;
  }

  /** Outside the documented operations only errors (the envelope) and portal files may appear. */
  private List<String> unrouted(
      String method, String path, int status, Function<String, String> header, String body) {
    String where = method + " " + path + " answered " + status;
    if (status >= 400) {
      return envelope(status, header.apply("Content-Type"), body).stream()
          .map(problem -> where + ": " + problem)
          .toList();
    }
    return isApiArea(path)
        ? List.of(where + ": no such operation in the OpenAPI document")
        : List.of();
  }

  /** The error envelope: JSON {@code {"status":"error","message":...}}; HEAD has no body. */
  List<String> envelope(int status, String contentType, String body) {
    if (status < 400 || (body.isEmpty() && contentType == null)) {
      return List.of();
    }
    String media = Bodies.mediaType(contentType);
    if (media == null || !Bodies.isJson(media)) {
      return List.of("error without a JSON content type (" + contentType + ")");
    }
    return Bodies.asJson(media, body)
        .map(json -> schemas.violations("/components/schemas/Error", json))
        .orElse(List.of("error body is not JSON: " + cut(body)))
        .stream()
        .map(problem -> problem.startsWith("error") ? problem : "error body " + problem)
        .toList();
  }

  private List<String> headers(Located response, Function<String, String> header) {
    List<String> problems = new ArrayList<>();
    response
        .node()
        .path("headers")
        .properties()
        .forEach(
            entry -> {
              Located declared =
                  document.resolve(
                      response.pointer() + "/headers/" + OpenApiDocument.escape(entry.getKey()));
              String value = header.apply(entry.getKey());
              if (value == null) {
                if (declared.node().path("required").asBoolean(false)) {
                  problems.add("required header " + entry.getKey() + " is missing");
                }
              } else if (declared.node().has("schema")) {
                schemas.violations(declared.pointer() + "/schema", Bodies.quoted(value)).stream()
                    .map(v -> "header " + entry.getKey() + " " + v)
                    .forEach(problems::add);
              }
            });
    return problems;
  }

  private List<String> content(Located response, String contentType, String body) {
    JsonNode content = response.node().path("content");
    if (content.isEmpty()) {
      return body.isEmpty()
          ? List.of()
          : List.of("documented without a body, but has one: " + cut(body));
    }
    String media = Bodies.mediaType(contentType);
    if (media == null || !content.has(media)) {
      return List.of(
          "Content-Type "
              + contentType
              + " is not documented (documented: "
              + names(content)
              + ")");
    }
    String schema = response.pointer() + "/content/" + OpenApiDocument.escape(media) + "/schema";
    return Bodies.asJson(media, body)
        .map(json -> schemas.violations(schema, json))
        .orElse(List.of("body is not JSON: " + cut(body)))
        .stream()
        .map(problem -> problem.startsWith("body") ? problem : "body " + problem)
        .toList();
  }

  private static Optional<String> responseKey(JsonNode responses, int status) {
    String exact = Integer.toString(status);
    String range = exact.charAt(0) + "XX";
    for (String key : List.of(exact, range, "default")) {
      if (responses.has(key)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  static boolean isApiArea(String path) {
    for (String area : List.of("/api", "/auth", "/health")) {
      if (path.equals(area) || path.startsWith(area + "/")) {
        return true;
      }
    }
    return path.startsWith("/openapi.json");
  }

  private static String documented(ApiOperation op) {
    return names(op.node().path("responses"));
  }

  private static String names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return String.join(", ", names);
  }

  static String cut(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
