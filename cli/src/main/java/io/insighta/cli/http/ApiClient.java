package io.insighta.cli.http;

import io.insighta.cli.CliContext;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.Credentials;
import io.insighta.cli.config.Settings;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Authenticated API calls to one base URL, with INSIGHTA_TOKEN or else the stored login. */
public final class ApiClient {
  private final HttpTransport transport;
  private final Bearer bearer;

  public ApiClient(HttpTransport transport, Bearer bearer) {
    this.transport = transport;
    this.bearer = bearer;
  }

  /**
   * A client for the API URL resolved from the option, the environment and, without INSIGHTA_TOKEN,
   * the stored credentials; a personal access token ignores the stored login.
   */
  public static ApiClient open(CliContext context, String apiUrlOption) {
    Settings settings = context.settings();
    Optional<String> personalToken = settings.personalToken();
    if (personalToken.isPresent()) {
      String url = settings.apiUrl(apiUrlOption, Optional::empty);
      return new ApiClient(HttpTransport.to(url), new PersonalToken(personalToken.get()));
    }
    CredentialStore store = context.credentials();
    String url = settings.apiUrl(apiUrlOption, () -> store.load().map(Credentials::apiUrl));
    HttpTransport transport = HttpTransport.to(url);
    return new ApiClient(
        transport,
        new StoredLogin(store, new TokenRefresher(store, new AuthApi(transport), context.clock())));
  }

  /** True when calls carry the personal access token of INSIGHTA_TOKEN. */
  public boolean usesPersonalToken() {
    return bearer instanceof PersonalToken;
  }

  /** Sends the request and answers the raw response; only a 401 is handled here. */
  public HttpResponse<InputStream> exchange(ApiRequest request) {
    return bearer.send(transport, request);
  }

  /** Sends the request and answers the body of a successful response. */
  public String call(ApiRequest request) {
    return ApiErrors.bodyOrThrow(exchange(request));
  }
}
