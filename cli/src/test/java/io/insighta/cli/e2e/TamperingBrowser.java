package io.insighta.cli.e2e;

import io.insighta.cli.auth.BrowserOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A browser that follows the login redirects hop by hop, like {@code ScriptedBrowser}, but swaps
 * the {@code state} of the final redirect to the CLI's loopback callback, as a forged link would.
 */
final class TamperingBrowser implements BrowserOpener {
  static final String FORGED_STATE = "forged-state-0123456789";
  private static final int MAX_HOPS = 5;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final CompletableFuture<HttpResponse<String>> page = new CompletableFuture<>();
  private final CompletableFuture<URI> genuineCallback = new CompletableFuture<>();

  @Override
  public boolean open(URI url) {
    page.completeAsync(() -> follow(url));
    return true;
  }

  /** The page the browser ended on. */
  HttpResponse<String> page() throws Exception {
    return page.get(10, TimeUnit.SECONDS);
  }

  /** The callback URL GitHub really redirected to, before the state was swapped. */
  URI genuineCallback() throws Exception {
    return genuineCallback.get(10, TimeUnit.SECONDS);
  }

  private HttpResponse<String> follow(URI start) {
    URI url = start;
    try {
      for (int hop = 0; hop < MAX_HOPS; hop++) {
        HttpResponse<String> response =
            client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 != 3 || location == null) {
          return response;
        }
        url = tamper(url.resolve(location));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("browser failed at " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("too many redirects");
  }

  private URI tamper(URI next) {
    if (!"/callback".equals(next.getPath())) {
      return next;
    }
    genuineCallback.complete(next);
    String query = next.getRawQuery().replaceAll("(^|&)state=[^&]*", "$1state=" + FORGED_STATE);
    return URI.create(next.getScheme() + "://" + next.getRawAuthority() + "/callback?" + query);
  }
}
