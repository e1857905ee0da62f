package io.insighta.cli.config;

import java.util.Map;
import java.util.Optional;

/** Read access to environment variables, injectable so tests never touch the real environment. */
@FunctionalInterface
public interface Env {
  /** The variable's value, empty when it is unset or blank. */
  Optional<String> raw(String name);

  default Optional<String> get(String name) {
    return raw(name).map(String::strip).filter(v -> !v.isEmpty());
  }

  static Env system() {
    return name -> Optional.ofNullable(System.getenv(name));
  }

  static Env of(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }
}
