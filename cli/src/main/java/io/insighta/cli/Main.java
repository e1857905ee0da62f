package io.insighta.cli;

import picocli.CommandLine;

/** Entry point of the insighta command: builds the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(CliContext.system(), args));
  }

  /** Runs one invocation without exiting the JVM and answers the exit code. */
  public static int run(CliContext context, String... args) {
    CommandLine commandLine = commandLine(context);
    try {
      return commandLine.execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(InsightaCommand.class, new CommandFactory(context));
    CommandLine.Help.Ansi ansi =
        context.style().enabled() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    return commandLine
        .setOut(context.out())
        .setErr(context.err())
        .setColorScheme(CommandLine.Help.defaultColorScheme(ansi))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new ErrorHandler(context));
  }
}
