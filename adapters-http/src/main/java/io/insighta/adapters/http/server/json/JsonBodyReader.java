package io.insighta.adapters.http.server.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Reads a JSON request body into a tree after checking its media type and charset (415), size (413)
 * and that it arrived whole and valid in its charset (400), so handlers can tell a missing field
 * from one of the wrong type; an empty body reads as empty.
 */
public final class JsonBodyReader {

  private final ObjectMapper mapper;
  private final long maxBytes;

  public JsonBodyReader(ObjectMapper mapper, long maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  /** The parsed body, or empty when the request carries no body at all. */
  public Optional<JsonNode> read(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    boolean chunked = ctx.header("Transfer-Encoding") != null;
    if (declared == 0 || (declared < 0 && !chunked)) {
      return Optional.empty();
    }
    String contentType = ctx.header(Header.CONTENT_TYPE);
    if (!MediaTypes.is(contentType, MediaTypes.JSON)) {
      throw new ApiException(415, ErrorMessages.UNSUPPORTED_MEDIA_TYPE);
    }
    Charset charset = BodyCharset.of(contentType);
    if (declared > maxBytes) {
      throw new ApiException(413, ErrorMessages.BODY_TOO_LARGE);
    }
    byte[] body = BoundedInput.readAll(ctx.bodyInputStream(), maxBytes);
    if (body.length == 0) {
      return Optional.empty();
    }
    BodyCharset.check(body, charset);
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest(ErrorMessages.INVALID_JSON);
      }
      return Optional.of(node);
    } catch (IOException e) {
      throw ApiException.badRequest(ErrorMessages.INVALID_JSON);
    }
  }
}
