package io.insighta.adapters.http.server.json;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.BodyReadException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * The charset a request body is read in: UTF-8 when {@code Content-Type} names none, UTF-8 or
 * US-ASCII (its subset) when it names one of their spellings, and 415 for anything else.
 */
public final class BodyCharset {

  private static final Set<Charset> ACCEPTED =
      Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII);

  private BodyCharset() {}

  /**
   * The charset named by the raw {@code Content-Type} header; read it raw, since Jetty's parsed
   * form throws on names it does not know.
   */
  public static Charset of(String contentType) {
    String name = parameter(contentType);
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      Charset charset = Charset.forName(name);
      if (ACCEPTED.contains(charset)) {
        return charset;
      }
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // An empty or unknown name is refused like a known one this server does not speak.
    }
    throw new ApiException(415, ErrorMessages.UNSUPPORTED_MEDIA_TYPE);
  }

  /** A decoder that refuses, rather than replaces, bytes not valid in {@code charset}. */
  public static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Checks that a whole body is valid in {@code charset}. */
  public static void check(byte[] body, Charset charset) {
    try {
      strictDecoder(charset).decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new BodyReadException(e);
    }
  }

  private static String parameter(String contentType) {
    if (contentType == null) {
      return null;
    }
    String[] parts = contentType.split(";", -1);
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].strip();
      int equals = part.indexOf('=');
      if (equals > 0
          && part.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("charset")) {
        String value = part.substring(equals + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1).strip();
        }
        return value;
      }
    }
    return null;
  }
}
