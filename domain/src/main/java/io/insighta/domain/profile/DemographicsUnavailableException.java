package io.insighta.domain.profile;

/** One demographic service failed or answered something unusable, so no profile can be built. */
public class DemographicsUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final DemographicSource source;

  public DemographicsUnavailableException(DemographicSource source, String detail) {
    super(source.displayName() + " returned an invalid response: " + detail);
    this.source = source;
  }

  public DemographicsUnavailableException(
      DemographicSource source, String detail, Throwable cause) {
    super(source.displayName() + " returned an invalid response: " + detail, cause);
    this.source = source;
  }

  public DemographicSource source() {
    return source;
  }
}
