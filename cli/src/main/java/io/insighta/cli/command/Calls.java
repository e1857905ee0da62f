package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.output.Spinner;

/** Helpers every data command uses: a call behind a spinner, and verbatim JSON output. */
final class Calls {
  private Calls() {}

  @SuppressWarnings("try") // the spinner only needs closing
  static String fetch(CliContext context, ApiClient client, ApiRequest request) {
    try (Spinner spinner = Spinner.start(context.err(), context.tty(), "Loading…")) {
      return client.call(request);
    }
  }

  static void printJson(CliContext context, String body) {
    context.out().print(body);
    if (!body.endsWith("\n")) {
      context.out().println();
    }
  }
}
