package io.insighta.domain.query;

/** A filter, sort or page value of the wrong type or outside its allowed set. */
public class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String detail) {
    super(detail);
  }
}
