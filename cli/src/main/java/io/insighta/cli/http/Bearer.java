package io.insighta.cli.http;

import java.io.InputStream;
import java.net.http.HttpResponse;

/** The credential an API call carries, and what the CLI does when the server answers 401. */
public interface Bearer {
  /** Sends the request with this credential and answers the response it ends with. */
  HttpResponse<InputStream> send(HttpTransport transport, ApiRequest request);
}
