package io.insighta.application.auth;

import java.net.URI;

/** Starts a CLI sign-in: checks the CLI's parameters and answers GitHub's authorize URL. */
public interface BeginCliLoginUseCase {

  /**
   * @throws BadAuthRequestException for a bad state, challenge, method or non-loopback redirect URI
   */
  URI begin(CliLoginRequest request);
}
