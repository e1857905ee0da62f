package io.insighta.cli.command;

import picocli.CommandLine.Option;

/** The {@code --json} switch: print the server's JSON body verbatim, for scripts. */
public final class JsonOption {
  @Option(names = "--json", description = "Print the server's JSON response unchanged.")
  boolean json;

  public boolean enabled() {
    return json;
  }
}
