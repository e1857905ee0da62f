package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.http.Query;
import io.insighta.cli.output.ProfileView;
import io.insighta.cli.profile.ProfileEnvelope;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code insighta profiles get <id>}: one profile with all its fields. */
@Command(name = "get", description = "Show one profile.")
public final class GetProfileCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "ID", description = "The profile id.")
  String id;

  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  GetProfileCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String body =
        Calls.fetch(
            context,
            ApiClient.open(context, api.apiUrl()),
            ApiRequest.get("/api/profiles/" + Query.encode(id)));
    if (json.enabled()) {
      Calls.printJson(context, body);
    } else {
      new ProfileView(context.out(), context.style())
          .detail(Json.read(body, ProfileEnvelope.class).data());
    }
    return 0;
  }
}
