package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.json.BodyCharset;
import io.insighta.adapters.http.server.json.BoundedInput;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.json.MediaTypes;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code code} of a POSTed callback from a JSON or a form-encoded body, including the
 * JSON object that {@code curl -d} sends labelled as a form.
 */
final class CallbackCode {
  static final String FORM = "application/x-www-form-urlencoded";

  private final JsonBodyReader bodies;
  private final ObjectMapper mapper;
  private final long maxBytes;

  CallbackCode(JsonBodyReader bodies, ObjectMapper mapper, long maxBytes) {
    this.bodies = bodies;
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  /** The code, or null when the body has none. */
  String read(Context ctx) {
    String contentType = ctx.header(Header.CONTENT_TYPE);
    if (!MediaTypes.is(contentType, FORM)) {
      return BodyFields.text(bodies.read(ctx).orElse(null), "code");
    }
    Charset charset = BodyCharset.of(contentType);
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new ApiException(413, ErrorMessages.BODY_TOO_LARGE);
    }
    byte[] body = BoundedInput.readAll(ctx.bodyInputStream(), maxBytes);
    BodyCharset.check(body, charset);
    String form = new String(body, charset).strip();
    return form.startsWith("{") ? BodyFields.text(json(form), "code") : formField(form, "code");
  }

  private JsonNode json(String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException e) {
      throw ApiException.badRequest(ErrorMessages.INVALID_JSON);
    }
  }

  private static String formField(String form, String name) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (decode(key).equals(name)) {
        return eq < 0 ? "" : decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(ErrorMessages.INVALID_BODY);
    }
  }
}
