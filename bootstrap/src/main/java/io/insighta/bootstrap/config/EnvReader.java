package io.insighta.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads typed values from environment variables, collecting every problem instead of stopping. */
final class EnvReader {
  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  EnvReader(Map<String, String> env) {
    this.env = env;
  }

  Optional<String> optional(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  String string(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  <T> T parsed(String name, String fallback, Function<String, T> parser) {
    String raw = string(name, fallback);
    try {
      return parser.apply(raw);
    } catch (IllegalArgumentException e) {
      problems.add(name + ": " + e.getMessage());
      return parser.apply(fallback);
    }
  }

  /**
   * An optional value that, when present, must parse; a bad one is reported and treated as absent.
   */
  <T> Optional<T> optionalParsed(String name, Function<String, T> parser) {
    Optional<String> raw = optional(name);
    try {
      return raw.map(parser);
    } catch (IllegalArgumentException e) {
      problems.add(name + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  int port(String name, int fallback) {
    return parsed(name, Integer.toString(fallback), EnvReader::parsePort);
  }

  int intBetween(String name, int fallback, int min, int max) {
    return parsed(name, Integer.toString(fallback), raw -> parseIntBetween(raw, min, max));
  }

  boolean bool(String name, boolean fallback) {
    return parsed(name, Boolean.toString(fallback), EnvReader::parseBoolean);
  }

  URI httpUrl(String name, String fallback) {
    return parsed(name, fallback, EnvReader::parseHttpUrl);
  }

  void problem(String message) {
    problems.add(message);
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
  }

  private static int parsePort(String raw) {
    try {
      int port = Integer.parseInt(raw);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the same message as an out-of-range port
    }
    throw new IllegalArgumentException("'" + raw + "' is not a port number (0-65535)");
  }

  private static int parseIntBetween(String raw, int min, int max) {
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the same message as an out-of-range number
    }
    throw new IllegalArgumentException(
        "'" + raw + "' is not a whole number from " + min + " to " + max);
  }

  private static boolean parseBoolean(String raw) {
    return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("'" + raw + "' must be true or false");
    };
  }

  private static URI parseHttpUrl(String raw) {
    try {
      URI uri = new URI(raw);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("'" + raw + "' is not an http(s) URL");
  }
}
