package io.insighta.bootstrap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Speaks HTTP/1.1 over a plain socket, for requests no HTTP client will send: cut-off bodies,
 * broken chunking, illegal request targets. The client half-closes after writing, so a server still
 * waiting for body bytes sees the end of the stream.
 */
public final class RawHttp {
  private static final int TIMEOUT_MILLIS = 15_000;

  private RawHttp() {}

  /**
   * Writes {@code head} then {@code body} as given, half-closes and reads the first reply; an error
   * reply must be the documented JSON error envelope (hostile requests get only that checked).
   */
  public static RawReply exchange(int port, String head, byte[] body) {
    RawReply reply = exchangeUnchecked(port, head, body);
    List<String> problems = ContractCheck.envelopeProblems(reply);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          head.lines().findFirst().orElse(head) + " answered " + reply.status() + ": " + problems);
    }
    return reply;
  }

  /** {@link #exchange} without the envelope check, for callers that collect problems themselves. */
  public static RawReply exchangeUnchecked(int port, String head, byte[] body) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        socket.shutdownOutput();
      } catch (SocketException refusedEarly) {
        // The server answered and closed before the request was written; its answer is buffered.
      }
      return RawReply.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request head: request line, {@code Host}, the given header lines, a blank line. */
  public static String head(String requestLine, String... headers) {
    StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  /** {@code body} as one chunk, optionally without the last (zero-length) chunk. */
  public static byte[] chunked(byte[] body, boolean lastChunk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    if (lastChunk) {
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // A reset after the reply still leaves the bytes read so far.
    }
    return out.toByteArray();
  }
}
