package io.insighta.domain.query;

import io.insighta.domain.profile.CountryLexicon;

/** Every country name, alias and demonym of {@link CountryLexicon}, as query phrases. */
final class CountryVocabulary {
  private CountryVocabulary() {}

  static void addTo(PhraseTrie trie) {
    CountryLexicon.phrases()
        .forEach(
            (spelling, country) -> {
              Tokens phrase = QueryTokenizer.tokenize(spelling);
              // "us" is far more often the pronoun than the country.
              boolean pronoun = phrase.size() == 1 && phrase.word(0).equals("us");
              TermKind kind = pronoun ? TermKind.COUNTRY_AFTER_PREPOSITION : TermKind.COUNTRY;
              trie.put(phrase, Term.of(kind, country));
            });
  }
}
