package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.output.ProfileView;
import io.insighta.cli.profile.ProfileEnvelope;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code insighta profiles create --name <name>}: creates a profile (admin only). */
@Command(name = "create", description = "Create a profile from a first name (admin).")
public final class CreateProfileCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "First name.")
  String name;

  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  CreateProfileCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String body =
        Calls.fetch(
            context,
            ApiClient.open(context, api.apiUrl()),
            ApiRequest.postJson("/api/profiles", Map.of("name", name)));
    if (json.enabled()) {
      Calls.printJson(context, body);
      return 0;
    }
    ProfileEnvelope envelope = Json.read(body, ProfileEnvelope.class);
    String headline = envelope.message() == null ? "Profile created" : envelope.message();
    context.out().println(context.style().green(headline));
    new ProfileView(context.out(), context.style()).detail(envelope.data());
    return 0;
  }
}
