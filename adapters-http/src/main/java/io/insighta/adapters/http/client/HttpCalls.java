package io.insighta.adapters.http.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Outbound HTTP plumbing shared by every client: one client shape and exchanges with a hard
 * deadline.
 */
public final class HttpCalls {
  private HttpCalls() {}

  /**
   * An HTTP/1.1 client that never follows redirects, so credentials never travel to another host.
   */
  public static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build();
  }

  /**
   * Sends the request; the returned future completes within the deadline, whatever the peer does.
   *
   * <p>The deadline is enforced on the future itself as well as through the request timeout, so the
   * bound holds whichever phase stalls (connect, headers, or the middle of the body) and does not
   * depend on how a given JDK applies the request timeout to body reading.
   */
  public static CompletableFuture<HttpResponse<byte[]>> send(
      HttpClient client, HttpRequest request, Duration deadline) {
    CompletableFuture<HttpResponse<byte[]>> exchange;
    try {
      exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return exchange
        .copy()
        .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (response, error) -> {
              if (error != null) {
                exchange.cancel(true);
              }
            });
  }

  /** Strips the wrappers futures put around the failure that actually happened. */
  public static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /**
   * A short description of a transport failure for logs and error details; it deliberately omits
   * exception messages, which could echo request details.
   */
  public static String describe(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof HttpConnectTimeoutException) {
      return "connection timed out";
    }
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return "no response in time";
    }
    if (cause instanceof ConnectException) {
      return "could not connect";
    }
    if (cause instanceof CancellationException) {
      return "request cancelled";
    }
    if (cause instanceof IOException) {
      return "request failed (" + cause.getClass().getSimpleName() + ")";
    }
    return "unexpected failure (" + cause.getClass().getSimpleName() + ")";
  }

  /** Whether the status is in the 2xx range. */
  public static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
