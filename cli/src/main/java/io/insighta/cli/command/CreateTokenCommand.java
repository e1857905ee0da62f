package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.output.TokenView;
import io.insighta.cli.token.AccessToken;
import io.insighta.cli.token.AccessTokenEnvelope;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code insighta tokens create --name N}: makes a personal access token and shows it once. */
@Command(
    name = "create",
    description = "Create a personal access token; its secret is shown only this once.")
public final class CreateTokenCommand implements Callable<Integer> {
  static final int MAX_DAYS = 365;

  private final CliContext context;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAME",
      description = "What the token is for, e.g. ci-nightly.")
  String name;

  @Option(
      names = "--scope",
      paramLabel = "read|write",
      description =
          "read (default): list, get, search, export; write also creates, deletes, imports.")
  String scope;

  @Option(
      names = "--expires-in-days",
      paramLabel = "DAYS",
      description = "Lifetime, 1 to " + MAX_DAYS + " days (server default 30).")
  Integer expiresInDays;

  @Mixin ApiOptions api;

  @Option(names = "--json", description = "Print the API's data object (with the secret).")
  boolean json;

  CreateTokenCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Map<String, Object> request = request();
    String body =
        Calls.fetch(
            context,
            ApiClient.open(context, api.apiUrl()),
            ApiRequest.postJson("/api/tokens", request));
    AccessToken created = Json.read(body, AccessTokenEnvelope.class).data();
    if (created == null || created.token() == null) {
      throw new CliException(
          ExitCodes.API_ERROR, "The server's answer does not contain the new token's secret");
    }
    if (json) {
      Calls.printJson(context, Json.write(Json.tree(body).get("data")));
    } else {
      new TokenView(context.out(), context.style()).created(created);
    }
    return 0;
  }

  private Map<String, Object> request() {
    if (name.isBlank()) {
      throw CliException.usage("--name must not be empty");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    if (scope != null) {
      String normal = scope.strip().toLowerCase(Locale.ROOT);
      if (!normal.equals("read") && !normal.equals("write")) {
        throw CliException.usage("--scope must be read or write: " + scope);
      }
      body.put("scope", normal);
    }
    if (expiresInDays != null) {
      if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
        throw CliException.usage(
            "--expires-in-days must be between 1 and " + MAX_DAYS + ": " + expiresInDays);
      }
      body.put("expires_in_days", expiresInDays);
    }
    return body;
  }
}
