package io.insighta.cli.http;

import io.insighta.cli.CliException;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.Credentials;
import java.io.InputStream;
import java.net.http.HttpResponse;

/** The token pair saved by {@code insighta login}: sent only to its URL, refreshed once on 401. */
public final class StoredLogin implements Bearer {
  private final CredentialStore store;
  private final TokenRefresher refresher;

  public StoredLogin(CredentialStore store, TokenRefresher refresher) {
    this.store = store;
    this.refresher = refresher;
  }

  /** Nothing is sent when the stored credentials were issued for another API URL. */
  @Override
  public HttpResponse<InputStream> send(HttpTransport transport, ApiRequest request) {
    Credentials credentials =
        store.load().orElseThrow(CliException::notLoggedIn).requireIssuedFor(transport.baseUrl());
    HttpResponse<InputStream> response = transport.send(request, credentials.accessToken());
    if (response.statusCode() != 401) {
      return response;
    }
    ApiErrors.readBody(response);
    Credentials renewed = refresher.refresh(credentials);
    return transport.send(request, renewed.accessToken());
  }
}
