package io.insighta.application.auth;

/** What the CLI posts after its loopback listener received GitHub's code. */
public record CliCallback(String code, String codeVerifier, String redirectUri) {
  /** Never prints the verifier. */
  @Override
  public String toString() {
    return "CliCallback[redirectUri=" + redirectUri + "]";
  }
}
