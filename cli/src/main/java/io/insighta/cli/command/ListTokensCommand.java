package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.output.TokenView;
import io.insighta.cli.token.AccessTokenList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code insighta tokens list}: the caller's own personal access tokens, without secrets. */
@Command(name = "list", description = "List your personal access tokens (never their secrets).")
public final class ListTokensCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  ListTokensCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String body =
        Calls.fetch(context, ApiClient.open(context, api.apiUrl()), ApiRequest.get("/api/tokens"));
    if (json.enabled()) {
      Calls.printJson(context, body);
    } else {
      new TokenView(context.out(), context.style())
          .list(Json.read(body, AccessTokenList.class).data());
    }
    return 0;
  }
}
