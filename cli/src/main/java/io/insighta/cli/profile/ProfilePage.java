package io.insighta.cli.profile;

import java.util.List;
import java.util.Map;

/** The list envelope of {@code GET /api/profiles} and {@code /search}. */
public record ProfilePage(
    int page,
    int limit,
    long total,
    long totalPages,
    List<Profile> data,
    Map<String, Object> interpretedAs) {

  public ProfilePage {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
