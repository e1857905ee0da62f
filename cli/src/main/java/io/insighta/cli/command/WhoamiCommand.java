package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.auth.MeEnvelope;
import io.insighta.cli.auth.UserInfo;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.output.FieldList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code insighta whoami}: shows the signed-in user as the server sees it. */
@Command(name = "whoami", description = "Show the signed-in user.")
public final class WhoamiCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  WhoamiCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ApiClient client = ApiClient.open(context, api.apiUrl());
    // the server never accepts a personal access token on /auth/*; /api/users/me answers the same
    String path = client.usesPersonalToken() ? "/api/users/me" : "/auth/me";
    String body = Calls.fetch(context, client, ApiRequest.get(path));
    if (json.enabled()) {
      Calls.printJson(context, body);
      return 0;
    }
    UserInfo user = Json.read(body, MeEnvelope.class).current();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", "@" + user.username());
    fields.put("role", user.role());
    fields.put("email", user.email());
    fields.put("id", user.id());
    fields.put("github_id", user.githubId() == null ? null : user.githubId().toString());
    fields.put("active", Boolean.FALSE.equals(user.active()) ? "no" : "yes");
    fields.put("last_login_at", user.lastLoginAt());
    fields.put("created_at", user.createdAt());
    FieldList.print(context.out(), context.style(), fields);
    return 0;
  }
}
