package io.insighta.cli;

import picocli.CommandLine;

/** Lets picocli's man page generator build the commands as the real CLI does, at build time. */
public final class ManPageFactory implements CommandLine.IFactory {
  private final CommandFactory commands = new CommandFactory(CliContext.system());

  @Override
  public <K> K create(Class<K> type) throws Exception {
    return commands.create(type);
  }
}
