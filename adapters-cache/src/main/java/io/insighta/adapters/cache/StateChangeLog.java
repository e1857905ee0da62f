package io.insighta.adapters.cache;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Logs a trouble once when it starts and once when it ends, so a Redis outage under load writes two
 * lines rather than one per request.
 */
public final class StateChangeLog {
  private final AtomicBoolean troubled = new AtomicBoolean();
  private final Logger log;

  public StateChangeLog(Logger log) {
    this.log = log;
  }

  /** Warns if this is the first report since the trouble last ended. */
  public void trouble(String message, Object... arguments) {
    if (troubled.compareAndSet(false, true)) {
      log.warn(message, arguments);
    }
  }

  /** Says so if a trouble was going on. */
  public void recovered(String message, Object... arguments) {
    if (troubled.compareAndSet(true, false)) {
      log.info(message, arguments);
    }
  }

  public boolean inTrouble() {
    return troubled.get();
  }
}
