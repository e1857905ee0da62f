package io.insighta.domain.query;

/** The folded words of a query in reading order; numbers are kept as their digits. */
final class Tokens {
  private final String[] words;
  private final int size;

  Tokens(String[] words, int size) {
    this.words = words;
    this.size = size;
  }

  int size() {
    return size;
  }

  String word(int index) {
    return words[index];
  }

  boolean isNumeric(int index) {
    return index < size && isNumeric(words[index]);
  }

  static boolean isNumeric(String word) {
    char first = word.charAt(0);
    return (first >= '0' && first <= '9') || first == '.';
  }
}
