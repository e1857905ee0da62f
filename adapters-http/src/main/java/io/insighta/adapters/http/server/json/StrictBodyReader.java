package io.insighta.adapters.http.server.json;

import io.insighta.adapters.http.server.error.BodyReadException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/**
 * A request body as text in its declared charset, where bytes not valid in that charset end the
 * read with a {@link BodyReadException} instead of turning into replacement characters.
 */
public final class StrictBodyReader extends FilterReader {

  public StrictBodyReader(InputStream body, Charset charset) {
    super(new InputStreamReader(body, BodyCharset.strictDecoder(charset)));
  }

  @Override
  public int read() {
    try {
      return super.read();
    } catch (IOException e) {
      throw new BodyReadException(e);
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    try {
      return super.read(buffer, offset, length);
    } catch (IOException e) {
      throw new BodyReadException(e);
    }
  }
}
