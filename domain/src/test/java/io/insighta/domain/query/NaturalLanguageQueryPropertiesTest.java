package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the parser over generated input: robustness, order independence, round trips. */
class NaturalLanguageQueryPropertiesTest {
  // Pieces that reach deep into the parser's rules, to mix with punctuation and arbitrary text.
  private static final List<String> PIECES =
      List.of(
          "young",
          "males",
          "women",
          "boys",
          "teenagers",
          "kids",
          "adults",
          "elderly",
          "above",
          "over",
          "under",
          "older than",
          "younger than",
          "between",
          "and",
          "or",
          "to",
          "aged",
          "age",
          "years old",
          "plus",
          "or more",
          "and up",
          "and up to",
          "from",
          "in",
          "the",
          "us",
          "nigeria",
          "south",
          "sudan",
          "côte d'ivoire",
          "dr congo",
          "not",
          "gender probability",
          "country probability",
          "percent",
          "thirty",
          "twenty five",
          "thirties",
          "0",
          "17",
          "30",
          "150",
          "151",
          "30.5",
          ".9",
          "0.9",
          "99999999999999999999",
          "1e5",
          "-",
          "–",
          "+",
          "%",
          ">",
          "<=",
          "&",
          "'",
          "\"",
          "?",
          "!",
          ",",
          "s",
          "😀",
          "ǅ",
          "İ",
          "ß",
          "\u0301",
          "\u0000",
          "\uD800",
          "٣٠");

  @Test
  void arbitraryTextNeverThrowsAnythingButQueryNotUnderstood() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(NaturalLanguageQueryPropertiesTest::parsesOrIsNotUnderstood);
  }

  @Test
  void vocabularySaladNeverThrowsAnythingButQueryNotUnderstood() {
    Gen<String> separator = Generate.pick(List.of(" ", "", ",", "-", "  ", ".", "\t"));
    Gen<String> salad =
        lists()
            .of(Generate.pick(PIECES).zip(separator, String::concat))
            .ofSizeBetween(0, 12)
            .map(words -> String.join(" ", words));
    qt().withExamples(2000)
        .forAll(salad)
        .checkAssert(NaturalLanguageQueryPropertiesTest::parsesOrIsNotUnderstood);
  }

  @Test
  void overlongTextIsNotUnderstood() {
    qt().withExamples(50)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(501, 2000))
        .checkAssert(text -> assertThat(outcome("young males " + text)).isEqualTo("error"));
  }

  @Test
  void shufflingWordGroupsDoesNotChangeTheFilter() {
    Gen<String> gender = pickOrNone("males", "men", "women", "female", "girls", "boys", "ladies");
    Gen<String> group = pickOrNone("adults", "teenagers", "kids", "seniors", "elderly", "children");
    Gen<String> country =
        pickOrNone(
            "from nigeria",
            "in kenya",
            "from south africa",
            "nigerians",
            "ghanaian",
            "from côte d'ivoire",
            "from the us",
            "from dr congo",
            "in south sudan",
            "angolans");
    Gen<String> bound =
        pickOrNone(
            "above 30",
            "under 40",
            "between 20 and 30",
            "aged 25",
            "older than 18",
            "65 and over",
            "young",
            "in their 30s",
            "aged 16 to 19");
    Gen<String> filler = pickOrNone("show me", "who are", "people", "all the", "please");
    Gen<List<String>> groups =
        gender.zip(
            group,
            country,
            bound,
            filler,
            (a, b, c, d, e) -> {
              List<String> present = new ArrayList<>();
              for (String part : List.of(a, b, c, d, e)) {
                if (!part.isEmpty()) {
                  present.add(part);
                }
              }
              return present;
            });
    qt().withExamples(1000)
        .forAll(groups, longs().all())
        .checkAssert(
            (parts, seed) -> {
              List<String> shuffled = new ArrayList<>(parts);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(outcome(String.join(" ", shuffled)))
                  .isEqualTo(outcome(String.join(" ", parts)));
            });
  }

  @Test
  void filterWrittenAsAPhraseParsesBackToItself() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GeneratedQuery query = GeneratedQuery.random(new Random(seed));
              assertThat(NaturalLanguageQuery.parse(query.phrase()))
                  .as(query.phrase())
                  .isEqualTo(query.filter());
            });
  }

  private static Gen<String> pickOrNone(String... options) {
    List<String> withNone = new ArrayList<>(List.of(options));
    withNone.add("");
    return Generate.pick(withNone);
  }

  private static void parsesOrIsNotUnderstood(String text) {
    assertThat(outcome(text)).isNotNull();
  }

  /** The canonical key, or "error" for the documented rejection; anything else propagates. */
  private static String outcome(String text) {
    try {
      return NaturalLanguageQuery.parse(text).canonicalKey();
    } catch (QueryNotUnderstoodException e) {
      assertThat(e).hasMessage("Unable to interpret query");
      return "error";
    }
  }
}
