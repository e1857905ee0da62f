package io.insighta.domain.profile;

/** The external services a profile's demographics come from, with their display names. */
public enum DemographicSource {
  GENDERIZE("Genderize"),
  AGIFY("Agify"),
  NATIONALIZE("Nationalize");

  private final String displayName;

  DemographicSource(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
