package io.insighta.domain.profile;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A country from ISO 3166-1: its alpha-2 code and English short name. */
public record Country(String code, String name) {
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  // Every row read names its country, so each is built once rather than from the locale data per
  // row.
  private static final Map<String, Country> BY_CODE =
      ISO_CODES.stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  code -> code, code -> new Country(code, CountryNames.englishName(code))));

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
    Country exact = BY_CODE.get(code);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(BY_CODE.get(code.trim().toUpperCase(Locale.ROOT)));
  }
}
