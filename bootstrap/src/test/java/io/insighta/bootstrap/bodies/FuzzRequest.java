package io.insighta.bootstrap.bodies;

import java.nio.charset.StandardCharsets;

/** One generated request: the bytes to write and a short account of how they were made. */
final class FuzzRequest {
  private final String method;
  private final String head;
  private final byte[] body;
  private final String framing;

  FuzzRequest(String method, String head, byte[] body, String framing) {
    this.method = method;
    this.head = head;
    this.body = body.clone();
    this.framing = framing;
  }

  String method() {
    return method;
  }

  String head() {
    return head;
  }

  byte[] body() {
    return body.clone();
  }

  /** Printable summary for a failure report; long heads and bodies are cut. */
  String describe() {
    return "framing="
        + framing
        + "\n  "
        + cut(head.replace("\r\n", "\\r\\n\n  "), 1500)
        + "\n  body("
        + body.length
        + ")="
        + cut(new String(body, StandardCharsets.ISO_8859_1), 300);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
