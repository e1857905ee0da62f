package io.insighta.cli.support;

import io.insighta.cli.auth.BrowserOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A browser that follows the redirects before it returns, so its last page is known at once. */
public final class WaitingBrowser implements BrowserOpener {
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
  private volatile HttpResponse<String> page;

  @Override
  public boolean open(URI url) {
    page = get(url);
    return true;
  }

  /** The page the browser ended on. */
  public HttpResponse<String> page() {
    return page;
  }

  /** One GET that gives up after ten seconds rather than hanging the test. */
  public HttpResponse<String> get(URI url) {
    try {
      return client.send(
          HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("browser failed at " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
