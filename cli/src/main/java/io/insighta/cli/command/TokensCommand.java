package io.insighta.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code insighta tokens}: groups the personal access token subcommands. */
@Command(
    name = "tokens",
    description = "Create, list and revoke personal access tokens for scripts and CI.",
    subcommands = {CreateTokenCommand.class, ListTokensCommand.class, RevokeTokenCommand.class})
public final class TokensCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing tokens subcommand");
  }
}
