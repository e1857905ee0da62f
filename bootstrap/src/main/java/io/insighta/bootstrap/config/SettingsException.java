package io.insighta.bootstrap.config;

import java.util.List;

/** One or more configuration values are unusable; the message lists every problem. */
public class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SettingsException(List<String> problems) {
    super("Invalid configuration:\n  - " + String.join("\n  - ", problems));
  }
}
