package io.insighta.domain.query;

/** Words that turn numbers into age bounds: above/below, between, aged, ranges and units. */
final class AgeBoundVocabulary {
  private AgeBoundVocabulary() {}

  static void addTo(PhraseTrie trie) {
    trie.put(
        Term.of(TermKind.MIN_BOUND),
        "above",
        "over",
        "older than",
        "more than",
        "greater than",
        "at least",
        "minimum",
        "min",
        "a minimum of",
        "past",
        "beyond",
        "upwards of",
        "starting at",
        "starting from",
        "no younger than",
        "not younger than",
        "no less than",
        "not less than",
        "not under",
        "not below");
    trie.put(
        Term.of(TermKind.MAX_BOUND),
        "below",
        "under",
        "younger than",
        "less than",
        "lower than",
        "at most",
        "up to",
        "upto",
        "maximum",
        "max",
        "a maximum of",
        "no older than",
        "not older than",
        "no more than",
        "not more than",
        "not over",
        "not above");
    trie.put(Term.of(TermKind.BETWEEN), "between", "in between");
    trie.put(Term.of(TermKind.AGED), "aged", "age", "ages");
    trie.put(Term.of(TermKind.RANGE_TO), "to", "through", "thru", "till", "until");
    trie.put(
        Term.of(TermKind.MIN_SUFFIX),
        "and above",
        "and over",
        "and older",
        "and up",
        "and upward",
        "and upwards",
        "and beyond",
        "and greater",
        "or above",
        "or over",
        "or older",
        "or more",
        "or greater",
        "plus");
    trie.put(
        Term.of(TermKind.MAX_SUFFIX),
        "and below",
        "and under",
        "and younger",
        "and less",
        "or below",
        "or under",
        "or younger",
        "or less",
        "or fewer");
    trie.put(
        Term.of(TermKind.AGE_UNIT),
        "year",
        "years",
        "yr",
        "yrs",
        "year old",
        "years old",
        "yr old",
        "yrs old",
        "year olds",
        "years olds",
        "yo",
        "y o",
        "year of age",
        "years of age");
    for (String decade : NumberWords.decadeWords()) {
      trie.put(Term.of(TermKind.DECADE), decade);
    }
  }
}
