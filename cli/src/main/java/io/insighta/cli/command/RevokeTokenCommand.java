package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Query;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code insighta tokens revoke <id>}: revokes a token at once (your own; admins any). */
@Command(name = "revoke", description = "Revoke a personal access token; it stops working at once.")
public final class RevokeTokenCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "ID", description = "The token id (see: tokens list).")
  String id;

  @Mixin ApiOptions api;

  RevokeTokenCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Calls.fetch(
        context,
        ApiClient.open(context, api.apiUrl()),
        ApiRequest.delete("/api/tokens/" + Query.encode(id)));
    context.out().println("Revoked token " + id);
    return 0;
  }
}
