package io.insighta.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first response read off a raw connection: status, headers (names in lower case) and the body
 * with any chunked framing removed; status 0 when the server sent nothing.
 */
public record RawReply(int status, Map<String, String> headers, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static RawReply parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    // Interim answers (100 Continue) come before the one that counts.
    while (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
      text = text.substring(text.indexOf("\r\n\r\n") + 4);
    }
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new RawReply(0, Map.of(), text);
    }
    List<String> lines = text.substring(0, end).lines().toList();
    String statusLine = lines.get(0);
    int firstSpace = statusLine.indexOf(' ');
    int status = Integer.parseInt(statusLine.substring(firstSpace + 1, firstSpace + 4));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
    }
    String body = text.substring(end + 4);
    String length = headers.get("content-length");
    if (length != null) {
      body = body.substring(0, Math.min(body.length(), Integer.parseInt(length)));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
    return new RawReply(status, headers, new String(bytes, StandardCharsets.UTF_8));
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The body as JSON, or null when it is not JSON. */
  public JsonNode jsonOrNull() {
    try {
      return body.isEmpty() ? null : JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** The {@code message} of a JSON error body, or null when the body is not one. */
  public String errorMessage() {
    JsonNode json = jsonOrNull();
    if (json == null || !"error".equals(json.path("status").asText())) {
      return null;
    }
    String message = json.path("message").asText("");
    return message.isEmpty() ? null : message;
  }

  private static String dechunk(String framed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < framed.length()) {
      int lineEnd = framed.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = framed.substring(at, lineEnd);
      int extension = sizeLine.indexOf(';');
      String size = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip();
      int length = Integer.parseInt(size, 16);
      if (length == 0) {
        break;
      }
      int start = lineEnd + 2;
      int stop = Math.min(framed.length(), start + length);
      out.writeBytes(framed.substring(start, stop).getBytes(StandardCharsets.ISO_8859_1));
      at = stop + 2;
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return status + " " + headers + " " + body;
  }
}
