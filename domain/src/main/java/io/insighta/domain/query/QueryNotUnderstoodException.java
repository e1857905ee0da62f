package io.insighta.domain.query;

/** A natural-language query in which no filter could be recognised. */
public class QueryNotUnderstoodException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QueryNotUnderstoodException(String detail) {
    super(detail);
  }
}
