package io.insighta.domain.query;

/** Rule-based reader of plain-English profile queries (being written: see the parser issue). */
public final class NaturalLanguageQuery {
  private NaturalLanguageQuery() {}

  public static ProfileFilter parse(String text) {
    throw new QueryNotUnderstoodException("Unable to interpret query");
  }
}
