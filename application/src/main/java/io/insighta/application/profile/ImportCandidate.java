package io.insighta.application.profile;

/**
 * One row of an import file as read, before validation; any field may be null or malformed. A
 * non-null {@code readError} means the reader could not even split the row into fields.
 */
public record ImportCandidate(
    long line,
    String id,
    String name,
    String gender,
    String genderProbability,
    String age,
    String ageGroup,
    String countryId,
    String countryProbability,
    String createdAt,
    String readError) {

  public static ImportCandidate unreadable(long line, String reason) {
    return new ImportCandidate(line, null, null, null, null, null, null, null, null, null, reason);
  }
}
