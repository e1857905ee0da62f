package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.CliException;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.output.ProgressLine;
import io.insighta.cli.output.Units;
import io.insighta.cli.profile.ImportEnvelope;
import io.insighta.cli.profile.ImportSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code insighta profiles import FILE}: uploads a JSON or CSV file of profiles (admin). */
@Command(name = "import", description = "Import profiles from a .json or .csv file (admin).")
public final class ImportProfilesCommand implements Callable<Integer> {
  private static final int SHOWN_ERRORS = 20;

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .json or .csv file.")
  Path file;

  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  ImportProfilesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path source = context.workingDir().resolve(file);
    String contentType = contentType(source);
    if (!Files.isRegularFile(source)) {
      throw CliException.usage("No such file: " + source);
    }
    long size = Files.size(source);
    ProgressLine progress = new ProgressLine(context.err(), context.tty());
    String body =
        ApiClient.open(context, api.apiUrl())
            .call(
                ApiRequest.post(
                    "/api/profiles/import", () -> upload(source, size, progress), contentType));
    progress.finish("Uploaded " + Units.bytes(size));
    if (json.enabled()) {
      Calls.printJson(context, body);
      return 0;
    }
    print(source, Json.read(body, ImportEnvelope.class).data());
    return 0;
  }

  private static String contentType(Path source) {
    String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return "application/json";
    }
    if (name.endsWith(".csv")) {
      return "text/csv";
    }
    throw CliException.usage("FILE must end in .json or .csv: " + source.getFileName());
  }

  private static BodyPublisher upload(Path source, long size, ProgressLine progress) {
    BodyPublisher stream =
        BodyPublishers.ofInputStream(
            () -> {
              try {
                return new CountingInputStream(
                    Files.newInputStream(source),
                    sent -> {
                      String text = "Uploading " + Units.bytes(sent) + " of " + Units.bytes(size);
                      progress.update(sent, () -> text);
                    });
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return BodyPublishers.fromPublisher(stream, size);
  }

  private void print(Path source, ImportSummary summary) {
    context
        .out()
        .println(
            "Imported "
                + source.getFileName()
                + ": "
                + summary.inserted()
                + " inserted, "
                + summary.skipped()
                + " skipped, "
                + summary.invalidCount()
                + " errors");
    summary.errors().stream()
        .limit(SHOWN_ERRORS)
        .forEach(e -> context.out().println("  line " + e.line() + ": " + e.reason()));
    long shown = Math.min(summary.errors().size(), SHOWN_ERRORS);
    long more = summary.invalidCount() - shown;
    if (more > 0) {
      String hint = summary.errors().size() > shown ? " (see --json)" : "";
      context.out().println("  … and " + more + " more" + hint);
    }
  }
}
