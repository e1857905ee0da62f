package io.insighta.application.auth;

import java.util.Locale;

/** How a user signed in, as the audit trail records it: browser, CLI, or the test login. */
public enum SignInClient {
  WEB,
  CLI,
  TEST;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
