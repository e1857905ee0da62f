package io.insighta.cli.support;

import io.insighta.cli.auth.BrowserOpener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A "browser" that follows redirects like a real one, without waiting for the page. */
public final class ScriptedBrowser implements BrowserOpener {
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
  private volatile CompletableFuture<HttpResponse<String>> page;
  private volatile URI opened;

  @Override
  public boolean open(URI url) {
    opened = url;
    page =
        client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    return true;
  }

  public URI opened() {
    return opened;
  }

  /** The page the browser ended on after following every redirect. */
  public HttpResponse<String> page() throws Exception {
    return page.get(10, TimeUnit.SECONDS);
  }
}
