package io.insighta.domain.query;

/**
 * The parser's whole vocabulary in one phrase trie, built once. People and bound words come first,
 * so they win over any country spelling that happens to be identical.
 */
final class QueryLexicon {
  private static final PhraseTrie TRIE = build();

  private QueryLexicon() {}

  static PhraseTrie.Node longest(Tokens tokens, int start) {
    return TRIE.longest(tokens, start);
  }

  private static PhraseTrie build() {
    PhraseTrie trie = new PhraseTrie();
    PeopleVocabulary.addTo(trie);
    AgeBoundVocabulary.addTo(trie);
    ModifierVocabulary.addTo(trie);
    CountryVocabulary.addTo(trie);
    return trie;
  }
}
