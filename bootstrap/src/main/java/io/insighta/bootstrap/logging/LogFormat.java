package io.insighta.bootstrap.logging;

import java.util.Locale;

/** How the server writes its log: plain text lines, or one JSON object a line. */
public enum LogFormat {
  TEXT,
  JSON;

  public static final String VARIABLE = "LOG_FORMAT";

  /** Reads {@code text} or {@code json}, in any case. */
  public static LogFormat parse(String raw) {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "json" -> JSON;
      default -> throw new IllegalArgumentException("'" + raw + "' must be text or json");
    };
  }

  /**
   * The format the environment asks for; an unusable value logs as text, and the settings check
   * then stops the server with its message.
   */
  public static LogFormat fromEnvironment(String raw) {
    if (raw == null || raw.isBlank()) {
      return TEXT;
    }
    try {
      return parse(raw);
    } catch (IllegalArgumentException e) {
      return TEXT;
    }
  }
}
