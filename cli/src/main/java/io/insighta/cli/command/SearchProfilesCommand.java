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
import picocli.CommandLine.Parameters;

/** {@code insighta profiles search "<q>"}: natural-language search. */
@Command(
    name = "search",
    description = "Search in plain English, e.g. \"young males from nigeria\".")
public final class SearchProfilesCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The question, quoted.")
  String query;

  @Mixin SortOptions sort;
  @Mixin PageOptions paging;
  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  SearchProfilesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Query params = paging.addTo(sort.addTo(new Query().add("q", query)));
    String body =
        Calls.fetch(
            context,
            ApiClient.open(context, api.apiUrl()),
            ApiRequest.get(params.appendTo("/api/profiles/search")));
    if (json.enabled()) {
      Calls.printJson(context, body);
    } else {
      new ProfileView(context.out(), context.style()).page(Json.read(body, ProfilePage.class));
    }
    return 0;
  }
}
