package io.insighta.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import io.insighta.bootstrap.config.SettingsException;
import java.util.Iterator;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one clear line on stderr: exit 2 for bad configuration, 1 otherwise. */
final class CommandFailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
    if (e instanceof SettingsException || e instanceof IllegalArgumentException) {
      line.getErr().println(e.getMessage());
      return 2;
    }
    Throwable wiringCause = wiringCause(e);
    if (wiringCause != null) {
      // Guice lists the failure once per binding that needed it; the first cause is what matters.
      line.getErr().println("insighta-server: " + messageOf(rootOf(wiringCause)));
      return 1;
    }
    line.getErr().println("insighta-server: " + e.getMessage());
    Throwable root = rootOf(e);
    if (root != e) {
      line.getErr().println("  caused by: " + root);
    }
    return 1;
  }

  private static Throwable wiringCause(Exception e) {
    Iterator<Message> messages =
        e instanceof CreationException creation
            ? creation.getErrorMessages().iterator()
            : e instanceof ProvisionException provision
                ? provision.getErrorMessages().iterator()
                : null;
    if (messages == null) {
      return null;
    }
    while (messages.hasNext()) {
      Throwable cause = messages.next().getCause();
      if (cause != null) {
        return cause;
      }
    }
    return e;
  }

  private static Throwable rootOf(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String messageOf(Throwable error) {
    return Objects.requireNonNullElse(error.getMessage(), error.toString());
  }
}
