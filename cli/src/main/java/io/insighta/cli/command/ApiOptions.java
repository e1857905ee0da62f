package io.insighta.cli.command;

import picocli.CommandLine.Option;

/** The {@code --api-url} option shared by every command that talks to the API. */
public final class ApiOptions {
  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "API base URL (default: $INSIGHTA_API_URL, then the logged-in URL unless"
              + " INSIGHTA_TOKEN is set, then http://localhost:8080).")
  String apiUrl;

  public String apiUrl() {
    return apiUrl;
  }
}
