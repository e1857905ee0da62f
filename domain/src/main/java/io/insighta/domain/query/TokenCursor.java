package io.insighta.domain.query;

import java.util.Set;

/** A reading position in the tokens of one query, with lookups the parsing rules share. */
final class TokenCursor {
  /** Age ceiling for bounds, the same as a profile's: anything larger is not an age. */
  static final int MAX_AGE = 150;

  private static final Set<String> BEFORE_NUMBER = Set.of("the", "age", "ages", "aged", "of", "a");
  private static final Set<String> PREPOSITIONS =
      Set.of("from", "in", "within", "across", "throughout");
  private final Tokens tokens;
  private int position;

  TokenCursor(Tokens tokens) {
    this.tokens = tokens;
  }

  boolean hasMore() {
    return position < tokens.size();
  }

  int position() {
    return position;
  }

  String wordAt(int index) {
    return tokens.word(index);
  }

  void advance(int words) {
    position += words;
  }

  /** The longest vocabulary phrase at the cursor, or null. */
  PhraseTrie.Node match() {
    return QueryLexicon.longest(tokens, position);
  }

  /** Steps over the phrase at the cursor when it is of the given kind. */
  boolean accept(TermKind kind) {
    PhraseTrie.Node node = match();
    if (node != null && node.term().kind() == kind) {
      position += node.depth();
      return true;
    }
    return false;
  }

  boolean acceptWord(String word) {
    if (hasMore() && tokens.word(position).equals(word)) {
      position++;
      return true;
    }
    return false;
  }

  /** Steps over a range joiner, but only when a number follows it. */
  boolean acceptRangeTo() {
    PhraseTrie.Node node = match();
    if (node != null
        && node.term().kind() == TermKind.RANGE_TO
        && numberSpanAt(position + node.depth()) > 0) {
      position += node.depth();
      return true;
    }
    return false;
  }

  /** Skips the words that may sit between a bound keyword and its number ("over the age of"). */
  void skipBeforeNumber() {
    while (hasMore() && BEFORE_NUMBER.contains(tokens.word(position))) {
      position++;
    }
  }

  /** Whether the word at {@code index} comes right after from/in, optionally with "the". */
  boolean followsPreposition(int index) {
    int previous = index - 1;
    if (previous >= 0 && tokens.word(previous).equals("the")) {
      previous--;
    }
    return previous >= 0 && PREPOSITIONS.contains(tokens.word(previous));
  }

  int numberSpan() {
    return numberSpanAt(position);
  }

  /**
   * How many words the number at {@code index} takes (digits, "seven", "twenty five"); 0 if none.
   */
  int numberSpanAt(int index) {
    if (index >= tokens.size()) {
      return 0;
    }
    if (tokens.isNumeric(index)) {
      return 1;
    }
    String word = tokens.word(index);
    if (NumberWords.tens(word) > 0) {
      boolean unitFollows = index + 1 < tokens.size() && isDigitWord(tokens.word(index + 1));
      return unitFollows ? 2 : 1;
    }
    return NumberWords.unit(word) >= 0 ? 1 : 0;
  }

  /** Reads the number at the cursor (the caller checked there is one) and steps past it. */
  double takeNumber() {
    int span = numberSpan();
    String word = tokens.word(position);
    double value;
    if (tokens.isNumeric(position)) {
      value = parseDigits(word);
    } else if (span == 2) {
      value = NumberWords.tens(word) + NumberWords.unit(tokens.word(position + 1));
    } else {
      value = Math.max(NumberWords.tens(word), NumberWords.unit(word));
    }
    position += span;
    return value;
  }

  /** Reads the number at the cursor as an age, rejecting fractions and anything above 150. */
  int takeAge() {
    return age(takeNumber());
  }

  static int age(double value) {
    if (value > MAX_AGE || value != Math.floor(value)) {
      throw NaturalLanguageQuery.notUnderstood();
    }
    return (int) value;
  }

  private static boolean isDigitWord(String word) {
    int unit = NumberWords.unit(word);
    return unit >= 1 && unit <= 9;
  }

  private static double parseDigits(String word) {
    if (word.indexOf('.') >= 0) {
      return Double.parseDouble(word);
    }
    double value = 0;
    for (int i = 0; i < word.length(); i++) {
      value = value * 10 + (word.charAt(i) - '0');
    }
    return value;
  }
}
