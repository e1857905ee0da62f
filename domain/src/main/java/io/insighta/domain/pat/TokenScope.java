package io.insighta.domain.pat;

import java.util.Locale;
import java.util.Optional;

/** How far a personal access token reaches: {@code read} only, or {@code write} as well. */
public enum TokenScope {
  READ,
  WRITE;

  /** What a token gets when its creator names no scope. */
  public static final TokenScope DEFAULT = READ;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope named {@code read} or {@code write} (any case); empty for anything else. */
  public static Optional<TokenScope> parse(String text) {
    for (TokenScope scope : values()) {
      if (scope.code().equalsIgnoreCase(text)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
