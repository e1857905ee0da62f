package io.insighta.adapters.http.client.github;

import io.insighta.adapters.http.client.HttpCalls;
import io.insighta.domain.user.IdentityProviderException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends one request to GitHub within the deadline; every transport failure means "unavailable". */
final class GithubTransport {
  static final String USER_AGENT = "insighta-labs";
  static final String UNAVAILABLE_MESSAGE = "GitHub is unavailable";
  private static final Logger LOG = LoggerFactory.getLogger(GithubTransport.class);

  private final HttpClient client;
  private final Duration requestTimeout;

  GithubTransport(Duration connectTimeout, Duration requestTimeout) {
    this.client = HttpCalls.newClient(connectTimeout);
    this.requestTimeout = requestTimeout;
  }

  /** A request builder with the timeout and the User-Agent GitHub insists on. */
  HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", USER_AGENT);
  }

  HttpResponse<byte[]> send(HttpRequest request, String operation) {
    try {
      return HttpCalls.send(client, request, requestTimeout).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(operation, "interrupted", e);
    } catch (ExecutionException e) {
      throw unavailable(operation, HttpCalls.describe(e), HttpCalls.unwrap(e));
    }
  }

  static IdentityProviderException unavailable(String operation, String detail, Throwable cause) {
    LOG.warn("GitHub {} failed: {}", operation, detail);
    return new IdentityProviderException(
        IdentityProviderException.Kind.UNAVAILABLE, UNAVAILABLE_MESSAGE, cause);
  }

  static IdentityProviderException rejected(String operation, String detail, String message) {
    LOG.warn("GitHub {} refused: {}", operation, detail);
    return new IdentityProviderException(IdentityProviderException.Kind.REJECTED, message);
  }
}
