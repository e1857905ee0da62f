package io.insighta.cli;

import io.insighta.cli.command.AuditCommand;
import io.insighta.cli.command.LoginCommand;
import io.insighta.cli.command.LogoutCommand;
import io.insighta.cli.command.ProfilesCommand;
import io.insighta.cli.command.TokensCommand;
import io.insighta.cli.command.WhoamiCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code insighta} command; it only groups the subcommands. */
@Command(
    name = "insighta",
    version = "insighta 1.0.0",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    description = "Command-line client of the Insighta Labs+ demographic profiles API.",
    footer = {
      "",
      "Exit codes: 0 ok, 1 server/API error, 2 usage error, 3 not logged in or forbidden."
    },
    subcommands = {
      LoginCommand.class,
      LogoutCommand.class,
      WhoamiCommand.class,
      ProfilesCommand.class,
      TokensCommand.class,
      AuditCommand.class,
      HelpCommand.class
    })
public final class InsightaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }
}
