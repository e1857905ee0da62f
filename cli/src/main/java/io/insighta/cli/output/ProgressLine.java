package io.insighta.cli.output;

import java.io.PrintWriter;

/**
 * A progress line on stderr, redrawn in place on a terminal and otherwise written once at the end
 * so logs stay clean.
 */
public final class ProgressLine {
  private static final long REDRAW_EVERY_BYTES = 64 * 1024;

  private final PrintWriter err;
  private final boolean tty;
  private long drawnAt = -REDRAW_EVERY_BYTES;
  private int drawnWidth;

  public ProgressLine(PrintWriter err, boolean tty) {
    this.err = err;
    this.tty = tty;
  }

  /** Redraws when enough bytes passed since the last drawing; {@code text} is built lazily. */
  public synchronized void update(long bytes, java.util.function.Supplier<String> text) {
    if (tty && bytes - drawnAt >= REDRAW_EVERY_BYTES) {
      drawnAt = bytes;
      draw(text.get());
    }
  }

  public synchronized void finish(String text) {
    if (tty) {
      draw(text);
      err.println();
    } else {
      err.println(text);
    }
    err.flush();
  }

  private void draw(String text) {
    err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
    err.flush();
    drawnWidth = text.length();
  }
}
