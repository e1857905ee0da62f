package io.insighta.cli.http;

import io.insighta.cli.CliContext;
import io.insighta.cli.CliException;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.Credentials;
import java.io.InputStream;
import java.net.http.HttpResponse;

/** Authenticated API calls that refresh the token pair once when the server answers 401. */
public final class ApiClient {
  private final HttpTransport transport;
  private final CredentialStore store;
  private final TokenRefresher refresher;

  public ApiClient(HttpTransport transport, CredentialStore store, TokenRefresher refresher) {
    this.transport = transport;
    this.store = store;
    this.refresher = refresher;
  }

  /** A client for the API URL resolved from the option, environment and stored credentials. */
  public static ApiClient open(CliContext context, String apiUrlOption) {
    CredentialStore store = context.credentials();
    String url =
        context.settings().apiUrl(apiUrlOption, () -> store.load().map(Credentials::apiUrl));
    HttpTransport transport = HttpTransport.to(url);
    return new ApiClient(
        transport, store, new TokenRefresher(store, new AuthApi(transport), context.clock()));
  }

  /**
   * Sends the request and answers the raw response; only a 401 is handled here. Nothing is sent
   * when the stored credentials were issued for another API URL.
   */
  public HttpResponse<InputStream> exchange(ApiRequest request) {
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

  /** Sends the request and answers the body of a successful response. */
  public String call(ApiRequest request) {
    return ApiErrors.bodyOrThrow(exchange(request));
  }
}
