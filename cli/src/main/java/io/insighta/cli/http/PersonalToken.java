package io.insighta.cli.http;

import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import java.io.InputStream;
import java.net.http.HttpResponse;

/**
 * The personal access token of {@code INSIGHTA_TOKEN}: sent to whichever API URL is configured and
 * never refreshed, since a rejected token stays rejected.
 */
public final class PersonalToken implements Bearer {
  private final String token;

  public PersonalToken(String token) {
    this.token = token;
  }

  @Override
  public HttpResponse<InputStream> send(HttpTransport transport, ApiRequest request) {
    HttpResponse<InputStream> response = transport.send(request, token);
    if (response.statusCode() != 401) {
      return response;
    }
    String reason = ApiErrors.failure(response, ApiErrors.readBody(response)).getMessage();
    throw new CliException(
        ExitCodes.AUTH,
        "INSIGHTA_TOKEN was rejected ("
            + reason
            + "): the personal access token is invalid, expired or revoked. Set INSIGHTA_TOKEN to"
            + " a valid token (create one with: insighta tokens create --name NAME), or unset it"
            + " to use the stored login.");
  }
}
