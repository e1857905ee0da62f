package io.insighta.cli;

import picocli.CommandLine;

/** Turns exceptions from commands into a one-line message on stderr and an exit code. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final CliContext context;

  ErrorHandler(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    int code;
    String message;
    if (exception instanceof CliException cli) {
      code = cli.exitCode();
      message = cli.getMessage();
    } else {
      code = ExitCodes.API_ERROR;
      message = "Unexpected error: " + describe(exception);
    }
    if (context.settings().debug()) {
      exception.printStackTrace(context.err());
    }
    context.err().println(context.style().red("Error: ") + message);
    return code;
  }

  private static String describe(Throwable exception) {
    String detail = exception.getMessage();
    return detail == null ? exception.getClass().getSimpleName() : detail;
  }
}
