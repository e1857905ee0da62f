package io.insighta.domain.query;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Splits text into lower-case, accent-free words and numbers; punctuation separates, and a few
 * symbols become the words they stand for ({@code +} plus, {@code %} percent, {@code &} and, {@code
 * >} above, {@code <} below, a dash between two numbers to).
 */
final class QueryTokenizer {
  private QueryTokenizer() {}

  static Tokens tokenize(String text) {
    String folded = fold(text);
    int length = folded.length();
    String[] words = new String[length + 1];
    int count = 0;
    int start = -1;
    boolean number = false;
    boolean decimal = false;
    for (int i = 0; i < length; ) {
      int codePoint = folded.codePointAt(i);
      int width = Character.charCount(codePoint);
      if (isDigit(codePoint)) {
        if (start >= 0 && !number) {
          words[count++] = folded.substring(start, i);
          start = -1;
        }
        if (start < 0) {
          start = i;
          number = true;
          decimal = false;
        }
      } else if (codePoint == '.'
          && isDigitAt(folded, i + 1)
          && (start < 0 || (number && !decimal))) {
        if (start < 0) {
          start = i;
          number = true;
        }
        decimal = true;
      } else if (Character.isLetterOrDigit(codePoint)) {
        if (start >= 0 && number) {
          words[count++] = folded.substring(start, i);
          start = -1;
        }
        if (start < 0) {
          start = i;
          number = false;
        }
      } else {
        if (start >= 0) {
          words[count++] = folded.substring(start, i);
          start = -1;
        }
        boolean afterNumber = count > 0 && Tokens.isNumeric(words[count - 1]);
        String symbol = symbolWord(codePoint, afterNumber && digitFollows(folded, i + width));
        if (symbol != null) {
          words[count++] = symbol;
        }
      }
      i += width;
    }
    if (start >= 0) {
      words[count++] = folded.substring(start);
    }
    return new Tokens(words, count);
  }

  /** Lower case without accents: NFD, then combining marks dropped (ASCII text skips both). */
  static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.getType(codePoint) != Character.NON_SPACING_MARK) {
        folded.appendCodePoint(Character.toLowerCase(codePoint));
      }
    }
    return folded.toString();
  }

  private static String symbolWord(int codePoint, boolean betweenNumbers) {
    return switch (codePoint) {
      case '+' -> "plus";
      case '%' -> "percent";
      case '&' -> "and";
      case '>', '\u2265' -> "above";
      case '<', '\u2264' -> "below";
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '~' ->
          betweenNumbers ? "to" : null;
      default -> null;
    };
  }

  private static boolean digitFollows(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return isDigitAt(text, i);
  }

  private static boolean isDigitAt(String text, int index) {
    return index < text.length() && isDigit(text.charAt(index));
  }

  private static boolean isDigit(int codePoint) {
    return codePoint >= '0' && codePoint <= '9';
  }
}
