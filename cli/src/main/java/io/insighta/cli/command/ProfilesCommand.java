package io.insighta.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code insighta profiles}: groups the profile subcommands. */
@Command(
    name = "profiles",
    description = "List, search, get, create, delete, export and import profiles.",
    subcommands = {
      ListProfilesCommand.class,
      GetProfileCommand.class,
      SearchProfilesCommand.class,
      CreateProfileCommand.class,
      DeleteProfileCommand.class,
      ExportProfilesCommand.class,
      ImportProfilesCommand.class
    })
public final class ProfilesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing profiles subcommand");
  }
}
