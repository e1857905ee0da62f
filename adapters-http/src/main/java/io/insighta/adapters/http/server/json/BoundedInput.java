package io.insighta.adapters.http.server.json;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.BodyReadException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.http.HttpException;

/**
 * A request body stream that answers 413 as soon as more than the allowed bytes arrive, whether or
 * not the client declared a length, and reports a body that stops short or arrives with broken
 * framing as a {@link BodyReadException}, never as a checked or container exception.
 */
public final class BoundedInput extends FilterInputStream {

  private final long maxBytes;
  private long consumed;

  public BoundedInput(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  /** Reads the whole stream into memory, refusing more than {@code maxBytes}. */
  public static byte[] readAll(InputStream in, long maxBytes) {
    try (InputStream bounded = new BoundedInput(in, maxBytes)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      bounded.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new BodyReadException(e);
    }
  }

  @Override
  public int read() {
    int b;
    try {
      b = super.read();
    } catch (IOException | HttpException.RuntimeException e) {
      throw new BodyReadException(e);
    }
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    int n;
    try {
      n = super.read(buffer, offset, length);
    } catch (IOException | HttpException.RuntimeException e) {
      throw new BodyReadException(e);
    }
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) {
    long skipped;
    try {
      skipped = super.skip(n);
    } catch (IOException | HttpException.RuntimeException e) {
      throw new BodyReadException(e);
    }
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) {
    consumed += n;
    if (consumed > maxBytes) {
      throw new ApiException(413, ErrorMessages.BODY_TOO_LARGE);
    }
  }
}
