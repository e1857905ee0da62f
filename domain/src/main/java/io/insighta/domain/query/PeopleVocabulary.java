package io.insighta.domain.query;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Gender;

/**
 * Words for who people are: genders and age groups with their plurals and synonyms, and {@code
 * young}. Boys and girls name a gender only, not an age group: a "boy" of 17 or 25 is common usage.
 */
final class PeopleVocabulary {
  private PeopleVocabulary() {}

  static void addTo(PhraseTrie trie) {
    trie.put(
        Term.of(Gender.MALE),
        "male",
        "males",
        "man",
        "men",
        "boy",
        "boys",
        "guy",
        "guys",
        "gentleman",
        "gentlemen",
        "gents",
        "lad",
        "lads");
    trie.put(
        Term.of(Gender.FEMALE),
        "female",
        "females",
        "woman",
        "women",
        "girl",
        "girls",
        "lady",
        "ladies",
        "gal",
        "gals");
    trie.put(
        Term.of(TermKind.BOTH_GENDERS),
        "both genders",
        "both sexes",
        "all genders",
        "all sexes",
        "any gender",
        "any sex",
        "either gender",
        "either sex");
    trie.put(
        Term.of(AgeGroup.CHILD),
        "child",
        "children",
        "kid",
        "kids",
        "toddler",
        "toddlers",
        "baby",
        "babies",
        "infant",
        "infants");
    trie.put(
        Term.of(AgeGroup.TEENAGER),
        "teen",
        "teens",
        "teenager",
        "teenagers",
        "teenage",
        "teenaged",
        "adolescent",
        "adolescents");
    trie.put(
        Term.of(AgeGroup.ADULT), "adult", "adults", "grown up", "grown ups", "grownup", "grownups");
    trie.put(
        Term.of(AgeGroup.SENIOR),
        "senior",
        "seniors",
        "elderly",
        "elder",
        "elders",
        "old",
        "old people",
        "older people",
        "older adults",
        "pensioner",
        "pensioners",
        "retiree",
        "retirees",
        "retired");
    trie.put(
        Term.of(TermKind.YOUNG),
        "young",
        "young people",
        "youth",
        "youths",
        "youngster",
        "youngsters");
  }
}
