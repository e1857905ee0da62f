package io.insighta.cli;

import io.insighta.cli.command.AuditCommand;
import io.insighta.cli.command.LoginCommand;
import io.insighta.cli.command.LogoutCommand;
import io.insighta.cli.command.ManPageCommand;
import io.insighta.cli.command.ProfilesCommand;
import io.insighta.cli.command.TokensCommand;
import io.insighta.cli.command.WhoamiCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code insighta} command; it only groups the subcommands. */
@Command(
    name = "insighta",
    versionProvider = ManifestVersion.class,
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    description = "Command-line client of the Insighta Labs+ demographic profiles API.",
    footer = {
      "",
      "Environment:",
      "  INSIGHTA_API_URL  API base URL (--api-url wins)",
      "  INSIGHTA_TOKEN    a personal access token (insighta_pat_...) sent instead of",
      "                    the stored login, never refreshed",
      "  INSIGHTA_HOME     credentials directory (default $HOME/.insighta)",
      "  INSIGHTA_CALLBACK_PORT, NO_COLOR",
      "",
      "Exit codes:",
      "  0  ok",
      "  1  server or API error: unreachable, not found, invalid parameters, failed",
      "     login, local I/O",
      "  2  usage or configuration error: bad option or value, plain http:// to a",
      "     remote host, INSIGHTA_TOKEN that is not a personal access token",
      "  3  not logged in, session expired, INSIGHTA_TOKEN rejected, forbidden (403),",
      "     or stored credentials issued for another API URL"
    },
    subcommands = {
      LoginCommand.class,
      LogoutCommand.class,
      WhoamiCommand.class,
      ProfilesCommand.class,
      TokensCommand.class,
      AuditCommand.class,
      HelpCommand.class,
      AutoComplete.GenerateCompletion.class,
      ManPageCommand.class
    })
public final class InsightaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }
}
