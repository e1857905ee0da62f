package io.insighta.bootstrap.support;

import io.insighta.adapters.http.server.openapi.OpenApiContract;
import java.net.http.HttpRequest;
import java.util.List;

/**
 * Checks every exchange the end-to-end tests make against the OpenAPI document: each response, and
 * the body of each request the server accepted (2xx); raw-socket replies only for the error
 * envelope.
 */
public final class ContractCheck {
  private ContractCheck() {}

  /** Fails the test when the response, or the accepted request's body, breaks the document. */
  public static HttpResult checked(HttpRequest request, HttpResult result) {
    OpenApiContract.instance()
        .assertExchange(
            request.method(),
            request.uri().getRawPath(),
            request.headers().firstValue("Content-Type").orElse(null),
            RequestBodies.text(request),
            result.status(),
            result.headers().map(),
            result.body());
    return result;
  }

  /** The error-envelope problems of a raw reply, as a hostile request gets them checked. */
  public static List<String> envelopeProblems(RawReply reply) {
    return OpenApiContract.instance()
        .errorEnvelopeProblems(reply.status(), reply.header("Content-Type"), reply.body());
  }
}
