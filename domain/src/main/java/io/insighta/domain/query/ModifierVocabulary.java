package io.insighta.domain.query;

/**
 * Negations, probability phrases and region words: phrases that are not filters themselves but
 * change how the rest of the query is read.
 */
final class ModifierVocabulary {
  private ModifierVocabulary() {}

  static void addTo(PhraseTrie trie) {
    trie.put(
        Term.of(TermKind.NEGATION),
        "not",
        "no",
        "non",
        "never",
        "nor",
        "neither",
        "except",
        "excluding",
        "exclude",
        "without",
        "other than",
        "apart from",
        "isn't",
        "aren't",
        "don't",
        "doesn't",
        "wasn't",
        "weren't",
        "isnt",
        "arent",
        "dont",
        "doesnt");
    trie.put(
        Term.of(TermKind.GENDER_PROBABILITY),
        "gender probability",
        "gender confidence",
        "gender certainty",
        "gender score",
        "probability of gender");
    trie.put(
        Term.of(TermKind.COUNTRY_PROBABILITY),
        "country probability",
        "country confidence",
        "country certainty",
        "country score",
        "nationality probability",
        "nationality confidence",
        "probability of country",
        "probability of nationality");
    trie.put(Term.of(TermKind.PERCENT), "percent", "per cent", "pct");
    // Regions name no single country; listing them stops "south american" reading as American.
    trie.put(
        Term.of(TermKind.IGNORED),
        "african",
        "africans",
        "west african",
        "west africans",
        "east african",
        "east africans",
        "north african",
        "north africans",
        "southern african",
        "southern africans",
        "sub saharan african",
        "sub saharan africans",
        "south american",
        "south americans",
        "north american",
        "north americans",
        "latin american",
        "latin americans",
        "central american",
        "central americans",
        "european",
        "europeans",
        "asian",
        "asians",
        "african american",
        "african americans");
  }
}
