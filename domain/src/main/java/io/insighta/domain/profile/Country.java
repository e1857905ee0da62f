package io.insighta.domain.profile;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A country from ISO 3166-1: its alpha-2 code and English short name. */
public record Country(String code, String name) {
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  public Country {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!ISO_CODES.contains(code)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + code);
    }
  }

  /** Resolves a case-insensitive alpha-2 code to its country, named from the JDK's locale data. */
  public static Optional<Country> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.trim().toUpperCase(Locale.ROOT);
    if (!ISO_CODES.contains(upper)) {
      return Optional.empty();
    }
    return Optional.of(new Country(upper, CountryNames.englishName(upper)));
  }
}
