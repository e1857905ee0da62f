package io.insighta.domain.query;

/**
 * How numbers become inclusive age bounds: after a keyword ({@code above 30}, {@code between 20 and
 * 30}, {@code aged 25}), or followed by a range, a suffix or a unit ({@code 20-30}, {@code 65 and
 * over}, {@code 30 years old}, {@code 30s}). A bare number with none of these is ignored.
 */
final class AgeBoundRules {
  private AgeBoundRules() {}

  /** After {@code above}, {@code over}, {@code older than}, {@code at least}… */
  static void lowerBound(TokenCursor cursor, FilterDraft draft) {
    cursor.skipBeforeNumber();
    if (cursor.numberSpan() > 0) {
      draft.atLeast(cursor.takeAge());
      cursor.accept(TermKind.AGE_UNIT);
    }
  }

  /** After {@code below}, {@code under}, {@code younger than}, {@code at most}… */
  static void upperBound(TokenCursor cursor, FilterDraft draft) {
    cursor.skipBeforeNumber();
    if (cursor.numberSpan() > 0) {
      draft.atMost(cursor.takeAge());
      cursor.accept(TermKind.AGE_UNIT);
    }
  }

  /** After {@code between}: two numbers joined by "and" or a range word, in either order. */
  static void between(TokenCursor cursor, FilterDraft draft) {
    cursor.skipBeforeNumber();
    if (cursor.numberSpan() == 0) {
      return;
    }
    int first = cursor.takeAge();
    cursor.accept(TermKind.AGE_UNIT);
    if (!cursor.acceptWord("and") && !cursor.accept(TermKind.RANGE_TO)) {
      return;
    }
    cursor.skipBeforeNumber();
    if (cursor.numberSpan() == 0) {
      return;
    }
    int second = cursor.takeAge();
    cursor.accept(TermKind.AGE_UNIT);
    draft.range(Math.min(first, second), Math.max(first, second));
  }

  /** After {@code aged} / {@code age}: an exact age unless a range or suffix follows. */
  static void aged(TokenCursor cursor, FilterDraft draft) {
    cursor.skipBeforeNumber();
    if (cursor.numberSpan() > 0) {
      afterNumber(cursor, draft, cursor.takeNumber(), true);
    }
  }

  /** A number met without a keyword before it. */
  static void number(TokenCursor cursor, FilterDraft draft) {
    afterNumber(cursor, draft, cursor.takeNumber(), false);
  }

  private static void afterNumber(
      TokenCursor cursor, FilterDraft draft, double value, boolean exactByDefault) {
    if (cursor.acceptRangeTo()) {
      int first = TokenCursor.age(value);
      int second = cursor.takeAge();
      cursor.accept(TermKind.AGE_UNIT);
      draft.range(Math.min(first, second), Math.max(first, second));
      return;
    }
    boolean unit = cursor.accept(TermKind.AGE_UNIT);
    if (cursor.accept(TermKind.MIN_SUFFIX)) {
      draft.atLeast(TokenCursor.age(value));
      cursor.accept(TermKind.AGE_UNIT);
    } else if (cursor.accept(TermKind.MAX_SUFFIX)) {
      draft.atMost(TokenCursor.age(value));
      cursor.accept(TermKind.AGE_UNIT);
    } else if (!unit && isDecade(value) && cursor.acceptWord("s")) {
      decade(draft, (int) value);
    } else if (unit || exactByDefault) {
      int age = TokenCursor.age(value);
      draft.range(age, age);
    }
  }

  /** "30s" or "thirties": the ten years from a multiple of ten. */
  static void decade(FilterDraft draft, int first) {
    draft.range(first, first + 9);
  }

  private static boolean isDecade(double value) {
    return value >= 10 && value <= TokenCursor.MAX_AGE && value % 10 == 0;
  }
}
