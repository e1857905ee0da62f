package io.insighta.adapters.http.server.pipeline;

import io.insighta.adapters.http.server.error.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Demands {@code X-API-Version} with the supported value on {@code /api/profiles*}. */
public final class ApiVersionCheck implements Handler {

  public static final String HEADER = "X-API-Version";

  private final String supportedVersion;

  public ApiVersionCheck(String supportedVersion) {
    this.supportedVersion = supportedVersion;
  }

  @Override
  public void handle(Context ctx) {
    if (!PathRules.requiresApiVersion(ctx.path())) {
      return;
    }
    String version = ctx.header(HEADER);
    if (version == null || version.isBlank()) {
      throw ApiException.badRequest("API version header required");
    }
    if (!version.strip().equals(supportedVersion)) {
      throw ApiException.badRequest("Unsupported API version");
    }
  }
}
