package io.insighta.bootstrap;

import io.insighta.bootstrap.command.GenerateCommand;
import io.insighta.bootstrap.command.ImportCommand;
import io.insighta.bootstrap.command.RotateSigningKeyCommand;
import io.insighta.bootstrap.command.ServeCommand;
import io.insighta.bootstrap.logging.ServerLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code insighta-server.jar}: serves the API unless another command is named. */
@Command(
    name = "insighta-server",
    mixinStandardHelpOptions = true,
    version = "insighta-server 1.0.0",
    description = "Insighta Labs+ server. Without a command it serves the API.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      GenerateCommand.class,
      RotateSigningKeyCommand.class
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    String[] effective = args.length == 0 ? new String[] {"serve"} : args;
    int exit = commandLine().execute(effective);
    if (exit != 0 || !"serve".equals(effective[0])) {
      ServerLogging.stop();
      System.exit(exit);
    }
  }

  /** The command line with exit codes: 0 ok, 1 failure, 2 usage or configuration error. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Main());
    line.setExecutionExceptionHandler(new CommandFailureHandler());
    return line;
  }

  @Override
  public void run() {
    new ServeCommand().call();
  }
}
