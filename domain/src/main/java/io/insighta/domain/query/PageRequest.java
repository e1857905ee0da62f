package io.insighta.domain.query;

/** Which page of a list to return; limits above {@link #MAX_LIMIT} are clamped. */
public record PageRequest(int page, int limit) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 50;
  public static final PageRequest FIRST = new PageRequest(1, DEFAULT_LIMIT);

  public PageRequest {
    if (page < 1) {
      throw new InvalidQueryException("page must be at least 1");
    }
    if (limit < 1) {
      throw new InvalidQueryException("limit must be at least 1");
    }
    limit = Math.min(limit, MAX_LIMIT);
  }

  public long offset() {
    return (long) (page - 1) * limit;
  }
}
