package io.insighta.adapters.http.server.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends an over-limit body over a raw socket and reads whatever status the server answered. A
 * server may refuse and close before the upload ends; an HTTP client then reports a broken pipe
 * instead of the response, which already sits in the socket's receive buffer.
 */
public final class OversizedUpload {
  private OversizedUpload() {}

  /**
   * The raw response (status line, headers, body) to a POST of {@code body}, declared or chunked.
   */
  public static String post(String base, String path, String auth, byte[] body, boolean chunked) {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + "\r\n"
              + "Authorization: "
              + auth
              + "\r\nX-API-Version: 1\r\n"
              + "Content-Type: application/json\r\n"
              + (chunked
                  ? "Transfer-Encoding: chunked\r\n"
                  : "Content-Length: " + body.length + "\r\n")
              + "Connection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        writeBody(out, body, chunked);
      } catch (IOException refusedMidUpload) {
        // Expected when the server has already answered and closed; read the answer below.
      }
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeBody(OutputStream out, byte[] body, boolean chunked) throws IOException {
    int chunk = 64 * 1024;
    for (int offset = 0; offset < body.length; offset += chunk) {
      int length = Math.min(chunk, body.length - offset);
      if (chunked) {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      }
      out.write(body, offset, length);
      if (chunked) {
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
    }
    if (chunked) {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.flush();
  }
}
