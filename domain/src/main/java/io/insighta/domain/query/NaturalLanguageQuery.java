package io.insighta.domain.query;

/**
 * Rule-based reader of plain-English profile queries ("young males from nigeria") into a {@link
 * ProfileFilter}; the rules are described in {@code domain/PARSER.md}.
 */
public final class NaturalLanguageQuery {
  /** Longer input is rejected before any work is done. */
  public static final int MAX_LENGTH = 500;

  /** The one error any uninterpretable query produces. */
  public static final String NOT_UNDERSTOOD = "Unable to interpret query";

  private NaturalLanguageQuery() {}

  /**
   * Reads the filters a query names; word order, case, accents, punctuation and filler words do not
   * matter, and equivalent queries give equal filters (and so equal canonical keys).
   *
   * @throws QueryNotUnderstoodException when the text is null, blank or too long, names no filter,
   *     negates one, or contradicts itself
   */
  public static ProfileFilter parse(String text) {
    if (text == null || text.length() > MAX_LENGTH || text.isBlank()) {
      throw notUnderstood();
    }
    return QueryReader.read(QueryTokenizer.tokenize(text));
  }

  static QueryNotUnderstoodException notUnderstood() {
    return new QueryNotUnderstoodException(NOT_UNDERSTOOD);
  }
}
