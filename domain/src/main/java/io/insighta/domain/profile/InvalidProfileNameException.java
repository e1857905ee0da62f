package io.insighta.domain.profile;

/** A name that cannot identify a profile (empty, too long, or with control characters). */
public class InvalidProfileNameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidProfileNameException(String message) {
    super(message);
  }

  /** True when the name was simply missing, which the API reports differently from bad content. */
  public boolean isEmptyName() {
    return "Missing or empty name".equals(getMessage());
  }
}
