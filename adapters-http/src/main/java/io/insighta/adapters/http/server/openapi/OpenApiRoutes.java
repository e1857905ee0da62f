package io.insighta.adapters.http.server.openapi;

import io.insighta.adapters.http.server.GetRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json} (and its HEAD twin): the hand-maintained OpenAPI 3.1 document of the
 * whole API, public, served as it is kept in the resources.
 */
public final class OpenApiRoutes {
  public static final String PATH = "/openapi.json";

  /** Where the document lives on the classpath, for the server and for the tests that check it. */
  public static final String RESOURCE = "/openapi/openapi.json";

  private final byte[] document;

  public OpenApiRoutes() {
    this.document = load();
  }

  public void register(RoutesConfig routes) {
    GetRoutes.register(routes, PATH, this::serve);
  }

  private void serve(Context ctx) {
    ctx.contentType("application/json").result(document);
  }

  /** The document's bytes; a build without it is broken, so this fails the server's start. */
  public static byte[] load() {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("OpenAPI document missing from the classpath: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
