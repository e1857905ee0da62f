package io.insighta.adapters.http.server.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The OpenAPI document as a test oracle: checks a response (status, required headers, content type,
 * body schema) and the body of an accepted request against the operation they belong to, and the
 * bare error envelope for hostile requests. A failure names the operation, the status and the JSON
 * pointer of the failing value.
 */
public final class OpenApiContract {
  private static final OpenApiContract INSTANCE = new OpenApiContract(OpenApiDocument.load());

  private final OpenApiDocument document;
  private final ResponseCheck responses;
  private final RequestCheck requests;

  private OpenApiContract(OpenApiDocument document) {
    this.document = document;
    SchemaCheck schemas = new SchemaCheck(document.text());
    this.responses = new ResponseCheck(document, schemas);
    this.requests = new RequestCheck(document, schemas);
  }

  /** The contract of the document the server serves (loaded once). */
  public static OpenApiContract instance() {
    return INSTANCE;
  }

  public OpenApiDocument document() {
    return document;
  }

  /**
   * What is wrong with a response to {@code method path}; empty when it conforms.
   *
   * @param path the request path, with or without a query
   * @param headers the response headers, names in any case
   */
  public List<String> responseProblems(
      String method, String path, int status, Map<String, List<String>> headers, String body) {
    return responses.problems(method, pathOnly(path), status, lookup(headers), body);
  }

  /** What is wrong with the body of a request that the server accepted; empty when it conforms. */
  public List<String> requestProblems(String method, String path, String contentType, String body) {
    return requests.problems(method, pathOnly(path), contentType, body);
  }

  /** For hostile requests: only that an error answer is the documented JSON error envelope. */
  public List<String> errorEnvelopeProblems(int status, String contentType, String body) {
    return responses.envelope(status, contentType, body);
  }

  /** Fails with every problem of the response, and of the request when the server accepted it. */
  public void assertExchange(
      String method,
      String path,
      String requestContentType,
      String requestBody,
      int status,
      Map<String, List<String>> headers,
      String body) {
    List<String> problems =
        new java.util.ArrayList<>(responseProblems(method, path, status, headers, body));
    if (status >= 200 && status < 300) {
      problems.addAll(requestProblems(method, path, requestContentType, requestBody));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "OpenAPI contract violated by "
              + method
              + " "
              + path
              + ":\n  "
              + String.join("\n  ", problems));
    }
  }

  private static String pathOnly(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static Function<String, String> lookup(Map<String, List<String>> headers) {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(headers);
    return name -> {
      List<String> values = byName.get(name);
      return values == null || values.isEmpty() ? null : String.join(", ", values);
    };
  }
}
