package io.insighta.bootstrap.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The server's logging, set up in code: every line goes to standard error through an asynchronous
 * queue, as text or as JSON lines. A request thread never waits for the console: when the queue is
 * 80% full, lines below WARN are dropped, and when it is full, any line is dropped rather than
 * blocking.
 */
public final class ServerLogging {
  static final int QUEUE_SIZE = 8192;
  static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX, UTC} %level %logger{0} - %msg%n";

  /** Chatty libraries whose INFO lines say nothing an operator needs. */
  private static final List<String> QUIET =
      List.of(
          "org.eclipse.jetty",
          "io.zonky",
          "org.flywaydb",
          "com.zaxxer.hikari",
          "org.jooq",
          "io.javalin");

  private ServerLogging() {}

  /** Replaces whatever {@code context} was configured with by the server's logging. */
  public static void configure(LoggerContext context, LogFormat format) {
    context.reset();
    Encoder<ILoggingEvent> encoder = encoder(context, format);
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("console");
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    AsyncAppender queue = new AsyncAppender();
    queue.setContext(context);
    queue.setName("async");
    queue.setQueueSize(QUEUE_SIZE);
    queue.setDiscardingThreshold(QUEUE_SIZE / 5);
    queue.setNeverBlock(true);
    queue.addAppender(console);
    queue.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(queue);
    QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
  }

  /** Writes out what is still queued and stops logging; called last before the process exits. */
  public static void stop() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.stop();
    }
  }

  private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format) {
    Encoder<ILoggingEvent> encoder;
    if (format == LogFormat.JSON) {
      encoder = new JsonLineEncoder();
    } else {
      PatternLayoutEncoder text = new PatternLayoutEncoder();
      text.setPattern(TEXT_PATTERN);
      encoder = text;
    }
    encoder.setContext(context);
    encoder.start();
    return encoder;
  }
}
