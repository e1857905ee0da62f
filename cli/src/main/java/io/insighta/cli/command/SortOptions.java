package io.insighta.cli.command;

import io.insighta.cli.http.Query;
import picocli.CommandLine.Option;

/** The {@code --sort-by} and {@code --order} options. */
public final class SortOptions {
  @Option(
      names = "--sort-by",
      paramLabel = "FIELD",
      description = "age, created_at (default) or gender_probability.")
  String sortBy;

  @Option(names = "--order", paramLabel = "asc|desc", description = "Sort order (default asc).")
  String order;

  public Query addTo(Query query) {
    return query.add("sort_by", sortBy).add("order", order);
  }
}
