package io.insighta.cli.output;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An animated "waiting" indicator on stderr, shown only when stderr is a terminal. */
public final class Spinner implements AutoCloseable {
  private static final String[] FRAMES = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};

  private final PrintWriter err;
  private final String label;
  private final ScheduledExecutorService ticker;
  private final AtomicInteger frame = new AtomicInteger();
  private boolean stopped;

  private Spinner(PrintWriter err, String label, boolean active) {
    this.err = err;
    this.label = label;
    this.ticker = active ? Executors.newSingleThreadScheduledExecutor(Spinner::daemon) : null;
    if (ticker != null) {
      draw();
      var unused = ticker.scheduleAtFixedRate(this::draw, 80, 80, TimeUnit.MILLISECONDS);
    }
  }

  public static Spinner start(PrintWriter err, boolean tty, String label) {
    return new Spinner(err, label, tty);
  }

  private synchronized void draw() {
    if (stopped) {
      return;
    }
    err.print("\r" + FRAMES[frame.getAndIncrement() % FRAMES.length] + " " + label);
    err.flush();
  }

  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    synchronized (this) {
      stopped = true;
      err.print("\r" + " ".repeat(label.length() + 2) + "\r");
      err.flush();
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "insighta-spinner");
    thread.setDaemon(true);
    return thread;
  }
}
