package io.insighta.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes each log event as one JSON object on one line: {@code timestamp} (UTC, ISO-8601, in
 * milliseconds), {@code level}, {@code logger}, {@code message}, then {@code request_id} and {@code
 * user_id} when the logging context has them and {@code exception} (the whole stack trace as one
 * string) when there is one.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {
  static final String REQUEST_ID = "request_id";
  static final String USER_ID = "user_id";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);
  private static final byte NEWLINE = '\n';

  private final JsonFactory json = new JsonFactory();

  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    try (JsonGenerator out = json.createGenerator(line)) {
      out.writeStartObject();
      out.writeStringField("timestamp", TIMESTAMP.format(event.getInstant()));
      out.writeStringField("level", event.getLevel().toString());
      out.writeStringField("logger", event.getLoggerName());
      out.writeStringField("message", event.getFormattedMessage());
      Map<String, String> context = event.getMDCPropertyMap();
      writeIfPresent(out, REQUEST_ID, context.get(REQUEST_ID));
      writeIfPresent(out, USER_ID, context.get(USER_ID));
      IThrowableProxy exception = event.getThrowableProxy();
      if (exception != null) {
        out.writeStringField("exception", ThrowableProxyUtil.asString(exception));
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a log line could not be written as JSON", e);
    }
    line.write(NEWLINE);
    return line.toByteArray();
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  private static void writeIfPresent(JsonGenerator out, String field, String value)
      throws IOException {
    if (value != null) {
      out.writeStringField(field, value);
    }
  }
}
