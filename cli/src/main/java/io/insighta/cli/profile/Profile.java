package io.insighta.cli.profile;

/** A profile as the API sends it. */
public record Profile(
    String id,
    String name,
    String gender,
    Double genderProbability,
    Integer age,
    String ageGroup,
    String countryId,
    String countryName,
    Double countryProbability,
    String createdAt) {}
