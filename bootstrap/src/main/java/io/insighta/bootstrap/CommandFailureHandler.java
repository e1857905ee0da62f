package io.insighta.bootstrap;

import io.insighta.bootstrap.config.SettingsException;
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
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    line.getErr().println("insighta-server: " + e.getMessage());
    if (root != e) {
      line.getErr().println("  caused by: " + root);
    }
    return 1;
  }
}
