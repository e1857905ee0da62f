package io.insighta.cli.output;

/**
 * Counts RFC 4180 records in a byte stream as it passes, without buffering it.
 *
 * <p>Working on bytes is safe for UTF-8: no multi-byte sequence contains '"' or '\n'.
 */
public final class CsvRowCounter {
  private long terminated;
  private boolean quoted;
  private boolean pending;

  public void accept(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b == '"') {
        quoted = !quoted; // an escaped "" toggles twice and changes nothing
      }
      if (b == '\n' && !quoted) {
        terminated++;
        pending = false;
      } else if (b != '\r') {
        pending = true;
      }
    }
  }

  /** Records seen so far, the header included; a last line without a newline counts. */
  public long records() {
    return terminated + (pending ? 1 : 0);
  }

  /** Data rows: records minus the header. */
  public long rows() {
    return Math.max(0, records() - 1);
  }
}
