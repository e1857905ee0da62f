package io.insighta.domain.query;

import static java.util.Map.entry;

import java.util.Map;

/** Numbers written as English words, up to ninety-nine (plus a hundred), and decades of life. */
final class NumberWords {
  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          entry("zero", 0),
          entry("one", 1),
          entry("two", 2),
          entry("three", 3),
          entry("four", 4),
          entry("five", 5),
          entry("six", 6),
          entry("seven", 7),
          entry("eight", 8),
          entry("nine", 9),
          entry("ten", 10),
          entry("eleven", 11),
          entry("twelve", 12),
          entry("thirteen", 13),
          entry("fourteen", 14),
          entry("fifteen", 15),
          entry("sixteen", 16),
          entry("seventeen", 17),
          entry("eighteen", 18),
          entry("nineteen", 19),
          entry("hundred", 100));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> DECADES =
      Map.of(
          "twenties",
          20,
          "thirties",
          30,
          "forties",
          40,
          "fifties",
          50,
          "sixties",
          60,
          "seventies",
          70,
          "eighties",
          80,
          "nineties",
          90);

  private NumberWords() {}

  /** 0–19 or 100 for a unit word, otherwise -1. */
  static int unit(String word) {
    return UNITS.getOrDefault(word, -1);
  }

  /** 20, 30, … 90 for a tens word, otherwise -1. */
  static int tens(String word) {
    return TENS.getOrDefault(word, -1);
  }

  /** The first year of a decade word ({@code thirties} is 30), otherwise -1. */
  static int decade(String word) {
    return DECADES.getOrDefault(word, -1);
  }

  static Iterable<String> decadeWords() {
    return DECADES.keySet();
  }
}
