package io.insighta.cli.command;

import io.insighta.cli.http.Query;
import picocli.CommandLine.Option;

/** The {@code --page} and {@code --limit} options. */
public final class PageOptions {
  @Option(names = "--page", paramLabel = "N", description = "Page number, from 1.")
  Integer page;

  @Option(names = "--limit", paramLabel = "N", description = "Results per page (max 50).")
  Integer limit;

  public Query addTo(Query query) {
    return query.add("page", page).add("limit", limit);
  }
}
