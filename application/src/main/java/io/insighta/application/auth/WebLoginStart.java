package io.insighta.application.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Where to send the browser (GitHub's consent page) and the one-time state to bind to it. */
public record WebLoginStart(URI authorizeUrl, String state, Duration stateTtl) {
  public WebLoginStart {
    Objects.requireNonNull(authorizeUrl, "authorizeUrl");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateTtl, "stateTtl");
  }
}
