package io.insighta.cli.command;

import io.insighta.cli.CliContext;

/** Tells login and logout users that INSIGHTA_TOKEN, not the stored login, authenticates calls. */
final class PersonalTokenNotice {
  private PersonalTokenNotice() {}

  /** Prints {@code consequence} after the notice on stderr when INSIGHTA_TOKEN is set. */
  static void warnIfSet(CliContext context, String consequence) {
    if (context.settings().personalTokenSet()) {
      context
          .err()
          .println(
              context.style().yellow("Note: ")
                  + "INSIGHTA_TOKEN is set and takes precedence over the stored login: "
                  + consequence);
      context.err().flush();
    }
  }
}
