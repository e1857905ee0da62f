package io.insighta.adapters.persistence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-decoding of URL parts as UTF-8. Unlike {@code URLDecoder} it keeps '+', which is
 * a literal character in the user-info of a URL, not a space.
 */
final class PercentDecoding {
  private PercentDecoding() {}

  static String decode(String text, String part) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    ByteArrayOutputStream escaped = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        escaped.write(escapedByte(text, i, part));
        i += 3;
      } else {
        flush(escaped, out);
        out.append(c);
        i++;
      }
    }
    flush(escaped, out);
    return out.toString();
  }

  private static int escapedByte(String text, int at, String part) {
    int high = at + 2 < text.length() ? Character.digit(text.charAt(at + 1), 16) : -1;
    int low = high < 0 ? -1 : Character.digit(text.charAt(at + 2), 16);
    if (low < 0) {
      throw new IllegalArgumentException(
          "Database URL " + part + " has a malformed percent-escape");
    }
    return high * 16 + low;
  }

  private static void flush(ByteArrayOutputStream escaped, StringBuilder out) {
    if (escaped.size() > 0) {
      out.append(escaped.toString(StandardCharsets.UTF_8));
      escaped.reset();
    }
  }
}
