package io.insighta.bootstrap.bodies;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The ways the fuzz frames a body: honest ones and ones that lie about length or chunking. */
final class FuzzFraming {
  private static final List<String> KINDS =
      List.of(
          "length",
          "length",
          "length",
          "length",
          "chunked",
          "chunked",
          "truncated-length",
          "chunked-without-last",
          "chunked-bad-size",
          "length-and-chunked",
          "length-not-a-number",
          "length-negative",
          "two-lengths",
          "length-too-short",
          "no-length");

  private FuzzFraming() {}

  static String pick(Random random) {
    return FuzzValues.pick(random, KINDS);
  }

  /** Adds the framing headers for {@code kind} and returns the bytes to write after the head. */
  static byte[] apply(String kind, byte[] body, List<String> headers) {
    switch (kind) {
      case "none", "no-length" -> {
        return body;
      }
      case "length" -> headers.add("Content-Length: " + body.length);
      case "chunked" -> {
        headers.add("Transfer-Encoding: chunked");
        return chunked(body, true);
      }
      case "truncated-length" -> {
        headers.add("Content-Length: " + (body.length + 100));
        return body;
      }
      case "chunked-without-last" -> {
        headers.add("Transfer-Encoding: chunked");
        return chunked(body, false);
      }
      case "chunked-bad-size" -> {
        headers.add("Transfer-Encoding: chunked");
        return FuzzRequests.concat(
            FuzzRequests.ascii("zz\r\n"), body, FuzzRequests.ascii("\r\n0\r\n\r\n"));
      }
      case "length-and-chunked" -> {
        headers.add("Content-Length: " + body.length);
        headers.add("Transfer-Encoding: chunked");
        return chunked(body, true);
      }
      case "length-not-a-number" -> headers.add("Content-Length: abc");
      case "length-negative" -> headers.add("Content-Length: -1");
      case "two-lengths" -> {
        headers.add("Content-Length: " + body.length);
        headers.add("Content-Length: " + (body.length + 1));
      }
      case "length-too-short" -> {
        headers.add("Content-Length: " + body.length / 2);
        return body;
      }
      default -> throw new IllegalArgumentException(kind);
    }
    return body;
  }

  private static byte[] chunked(byte[] body, boolean lastChunk) {
    int half = body.length / 2;
    byte[] first = Arrays.copyOfRange(body, 0, half);
    byte[] second = Arrays.copyOfRange(body, half, body.length);
    byte[] framed =
        FuzzRequests.concat(
            chunk(first), chunk(second), lastChunk ? FuzzRequests.ascii("0\r\n\r\n") : new byte[0]);
    return framed;
  }

  private static byte[] chunk(byte[] part) {
    if (part.length == 0) {
      return new byte[0];
    }
    return FuzzRequests.concat(
        FuzzRequests.ascii(Integer.toHexString(part.length) + "\r\n"),
        part,
        FuzzRequests.ascii("\r\n"));
  }
}
