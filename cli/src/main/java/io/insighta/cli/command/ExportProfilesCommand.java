package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiErrors;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Query;
import io.insighta.cli.output.Units;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code insighta profiles export}: streams the filtered profiles to a CSV file. */
@Command(name = "export", description = "Download the matching profiles as CSV (streamed).")
public final class ExportProfilesCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final CliContext context;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv", description = "Only csv.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Target file (default: profiles_<UTC timestamp>.csv here).")
  Path output;

  @Mixin FilterOptions filters;
  @Mixin SortOptions sort;
  @Mixin ApiOptions api;

  ExportProfilesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!"csv".equalsIgnoreCase(format)) {
      throw CliException.usage("--format must be csv");
    }
    Path target =
        context
            .workingDir()
            .resolve(
                output != null
                    ? output
                    : Path.of("profiles_" + STAMP.format(context.clock().instant()) + ".csv"));
    String path =
        sort.addTo(filters.addTo(new Query().add("format", "csv")))
            .appendTo("/api/profiles/export");
    HttpResponse<InputStream> response =
        ApiClient.open(context, api.apiUrl()).exchange(ApiRequest.get(path));
    if (response.statusCode() >= 300) {
      throw ApiErrors.failure(response, ApiErrors.readBody(response));
    }
    try (InputStream body = response.body()) {
      CsvDownload.Result result = new CsvDownload(context.err(), context.tty()).save(body, target);
      context.out().println("Saved " + Units.count(result.rows(), "profile") + " to " + target);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.API_ERROR,
          "Export failed: " + e.getClass().getSimpleName() + " " + e.getMessage(),
          e);
    }
    return 0;
  }
}
