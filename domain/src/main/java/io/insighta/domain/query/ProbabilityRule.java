package io.insighta.domain.query;

import java.util.Set;

/**
 * {@code gender probability above 0.9}, {@code country confidence of at least 80%}: a minimum
 * prediction probability. Only minimums exist as filters, so an upper bound is rejected.
 */
final class ProbabilityRule {
  private static final Set<String> FILLERS =
      Set.of("of", "is", "a", "the", "or", "equal", "equals", "to");

  private ProbabilityRule() {}

  /** After the subject phrase; {@code gender} tells which probability it names. */
  static void read(TokenCursor cursor, FilterDraft draft, boolean gender) {
    skipFillers(cursor);
    if (cursor.accept(TermKind.MAX_BOUND)) {
      throw NaturalLanguageQuery.notUnderstood();
    }
    cursor.accept(TermKind.MIN_BOUND);
    skipFillers(cursor);
    if (cursor.numberSpan() == 0) {
      return;
    }
    double value = cursor.takeNumber();
    if (cursor.accept(TermKind.PERCENT)) {
      value /= 100;
    }
    if (!(value >= 0 && value <= 1)) {
      throw NaturalLanguageQuery.notUnderstood();
    }
    if (gender) {
      draft.minGenderProbability(value);
    } else {
      draft.minCountryProbability(value);
    }
  }

  private static void skipFillers(TokenCursor cursor) {
    while (cursor.hasMore() && FILLERS.contains(cursor.wordAt(cursor.position()))) {
      cursor.advance(1);
    }
  }
}
