package io.insighta.domain.pat;

/** A request for a new personal access token names no name, or a bad name, scope or lifetime. */
public class InvalidTokenRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  static final String MISSING_NAME = "Missing or empty name";

  private InvalidTokenRequestException(String message) {
    super(message);
  }

  public static InvalidTokenRequestException missingName() {
    return new InvalidTokenRequestException(MISSING_NAME);
  }

  public static InvalidTokenRequestException invalid(String detail) {
    return new InvalidTokenRequestException(detail);
  }

  /** True when the name was simply missing, which the API reports differently from bad values. */
  public boolean isMissingName() {
    return MISSING_NAME.equals(getMessage());
  }
}
