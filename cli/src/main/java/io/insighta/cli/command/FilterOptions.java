package io.insighta.cli.command;

import io.insighta.cli.http.Query;
import picocli.CommandLine.Option;

/** The profile filters shared by {@code list} and {@code export}, named as on the API. */
public final class FilterOptions {
  @Option(names = "--gender", paramLabel = "male|female", description = "Filter by gender.")
  String gender;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 code, e.g. NG.")
  String country;

  @Option(
      names = "--age-group",
      paramLabel = "GROUP",
      description = "child, teenager, adult or senior.")
  String ageGroup;

  @Option(names = "--min-age", paramLabel = "N", description = "Minimum age (inclusive).")
  Integer minAge;

  @Option(names = "--max-age", paramLabel = "N", description = "Maximum age (inclusive).")
  Integer maxAge;

  @Option(names = "--min-gender-probability", paramLabel = "P", description = "0 to 1.")
  Double minGenderProbability;

  @Option(names = "--min-country-probability", paramLabel = "P", description = "0 to 1.")
  Double minCountryProbability;

  public Query addTo(Query query) {
    return query
        .add("gender", gender)
        .add("country_id", country)
        .add("age_group", ageGroup)
        .add("min_age", minAge)
        .add("max_age", maxAge)
        .add("min_gender_probability", minGenderProbability)
        .add("min_country_probability", minCountryProbability);
  }
}
