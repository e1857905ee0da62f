package io.insighta.cli.auth;

import java.net.URI;

/** Opens a URL in the user's browser; answers false when it could not. */
@FunctionalInterface
public interface BrowserOpener {
  boolean open(URI url);
}
