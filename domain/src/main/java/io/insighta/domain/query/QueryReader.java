package io.insighta.domain.query;

/**
 * One pass over the tokens: at each word the longest vocabulary phrase is applied to a {@link
 * FilterDraft}; unknown words are skipped as filler.
 */
final class QueryReader {
  private QueryReader() {}

  static ProfileFilter read(Tokens tokens) {
    TokenCursor cursor = new TokenCursor(tokens);
    FilterDraft draft = new FilterDraft();
    while (cursor.hasMore()) {
      if (cursor.numberSpan() > 0) {
        AgeBoundRules.number(cursor, draft);
        continue;
      }
      PhraseTrie.Node node = cursor.match();
      if (node == null) {
        cursor.advance(1);
      } else {
        apply(node, cursor, draft);
      }
    }
    return draft.toFilter();
  }

  private static void apply(PhraseTrie.Node node, TokenCursor cursor, FilterDraft draft) {
    Term term = node.term();
    int start = cursor.position();
    cursor.advance(node.depth());
    switch (term.kind()) {
      case GENDER -> draft.gender(term.gender());
      case BOTH_GENDERS -> draft.bothGenders();
      case AGE_GROUP -> draft.ageGroup(term.ageGroup());
      case YOUNG -> draft.young();
      case COUNTRY -> draft.country(term.country());
      case COUNTRY_AFTER_PREPOSITION -> {
        if (cursor.followsPreposition(start)) {
          draft.country(term.country());
        }
      }
      case MIN_BOUND -> AgeBoundRules.lowerBound(cursor, draft);
      case MAX_BOUND -> AgeBoundRules.upperBound(cursor, draft);
      case BETWEEN -> AgeBoundRules.between(cursor, draft);
      case AGED -> AgeBoundRules.aged(cursor, draft);
      case DECADE -> AgeBoundRules.decade(draft, NumberWords.decade(cursor.wordAt(start)));
      case NEGATION -> throw NaturalLanguageQuery.notUnderstood();
      case GENDER_PROBABILITY -> ProbabilityRule.read(cursor, draft, true);
      case COUNTRY_PROBABILITY -> ProbabilityRule.read(cursor, draft, false);
      case RANGE_TO, MIN_SUFFIX, MAX_SUFFIX -> {
        // Without a number before it, a joiner means nothing; its later words ("up" of "and up
        // to") may start something else.
        cursor.advance(1 - node.depth());
      }
      case AGE_UNIT, PERCENT, IGNORED -> {
        // Meaningless on their own.
      }
    }
  }
}
