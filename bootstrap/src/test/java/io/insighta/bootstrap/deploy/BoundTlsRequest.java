package io.insighta.bootstrap.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 request over TLS sent from a chosen loopback address (say {@code 127.0.0.2}), so
 * that a test can be several clients at once: Java 17's HttpClient cannot pick its local address.
 */
final class BoundTlsRequest {
  private static final int TIMEOUT_MILLIS = 10_000;

  private BoundTlsRequest() {}

  /** Sends {@code head} (request line and headers, no blank line) and {@code body}; the status. */
  static int send(SSLContext tls, URI base, InetAddress from, String head, String body) {
    try (SSLSocket socket =
        (SSLSocket)
            tls.getSocketFactory()
                .createSocket(InetAddress.getByName(base.getHost()), base.getPort(), from, 0)) {
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      parameters.setServerNames(List.of(new SNIHostName(base.getHost())));
      socket.setSSLParameters(parameters);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      byte[] payload = body.getBytes(StandardCharsets.UTF_8);
      String request =
          head
              + "\r\nHost: "
              + base.getAuthority()
              + "\r\nContent-Length: "
              + payload.length
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(payload);
      socket.getOutputStream().flush();
      String statusLine = firstLine(socket.getInputStream());
      return Integer.parseInt(statusLine.split(" ", 3)[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    return line.toString(StandardCharsets.ISO_8859_1).strip();
  }
}
