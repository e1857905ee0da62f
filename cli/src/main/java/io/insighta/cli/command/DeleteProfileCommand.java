package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Query;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code insighta profiles delete <id>}: deletes a profile (admin only). */
@Command(name = "delete", description = "Delete a profile (admin).")
public final class DeleteProfileCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "ID", description = "The profile id.")
  String id;

  @Mixin ApiOptions api;

  DeleteProfileCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Calls.fetch(
        context,
        ApiClient.open(context, api.apiUrl()),
        ApiRequest.delete("/api/profiles/" + Query.encode(id)));
    context.out().println("Deleted profile " + id);
    return 0;
  }
}
