package io.insighta.application.auth;

/** Starts a browser sign-in: a one-time state and PKCE verifier kept server-side for 10 minutes. */
public interface BeginWebLoginUseCase {

  /**
   * @param redirectUri the server's configured web callback, where GitHub sends the browser back
   */
  WebLoginStart begin(String redirectUri);
}
