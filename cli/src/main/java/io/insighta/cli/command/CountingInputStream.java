package io.insighta.cli.command;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** An input stream that reports the running byte count after each read. */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer onProgress;
  private long count;

  CountingInputStream(InputStream in, LongConsumer onProgress) {
    super(in);
    this.onProgress = onProgress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b != -1) {
      onProgress.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
      onProgress.accept(count);
    }
    return n;
  }
}
