package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.http.Query;
import io.insighta.cli.output.ProfileView;
import io.insighta.cli.profile.ProfilePage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code insighta profiles list}: one page of profiles matching the filters. */
@Command(name = "list", description = "List profiles, filtered, sorted and paged.")
public final class ListProfilesCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin FilterOptions filters;
  @Mixin SortOptions sort;
  @Mixin PageOptions paging;
  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  ListProfilesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String path = paging.addTo(sort.addTo(filters.addTo(new Query()))).appendTo("/api/profiles");
    String body = Calls.fetch(context, ApiClient.open(context, api.apiUrl()), ApiRequest.get(path));
    if (json.enabled()) {
      Calls.printJson(context, body);
    } else {
      new ProfileView(context.out(), context.style()).page(Json.read(body, ProfilePage.class));
    }
    return 0;
  }
}
