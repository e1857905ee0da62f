package io.insighta.adapters.http.server.profile;

import io.insighta.adapters.http.server.imports.SpreadsheetCells;
import io.insighta.domain.profile.Profile;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Maps domain profiles to their JSON and CSV wire forms, which always agree field by field. */
public final class ProfileMapper {

  private ProfileMapper() {}

  public static ProfileResponse toResponse(Profile profile) {
    return new ProfileResponse(
        profile.id().toString(),
        SpreadsheetCells.neutralised(profile.name().value()),
        profile.gender().code(),
        profile.genderProbability(),
        profile.age(),
        profile.ageGroup().code(),
        profile.country().code(),
        profile.country().name(),
        profile.countryProbability(),
        timestamp(profile.createdAt()));
  }

  /** The CSV row, in the order of {@code ProfileCsvColumns.COLUMNS}. */
  public static List<String> toCsvRow(Profile profile) {
    return List.of(
        profile.id().toString(),
        SpreadsheetCells.neutralised(profile.name().value()),
        profile.gender().code(),
        String.valueOf(profile.genderProbability()),
        String.valueOf(profile.age()),
        profile.ageGroup().code(),
        profile.country().code(),
        SpreadsheetCells.neutralised(profile.country().name()),
        String.valueOf(profile.countryProbability()),
        timestamp(profile.createdAt()));
  }

  /** UTC, whole seconds, {@code Z} suffix: {@code 2026-04-01T12:00:00Z}. */
  public static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
