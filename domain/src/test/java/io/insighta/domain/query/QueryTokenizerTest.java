package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTokenizerTest {

  @Test
  void lowerCasesAndSplitsOnPunctuation() {
    assertThat(words("Young, MALES! from \"Nigeria\"?"))
        .containsExactly("young", "males", "from", "nigeria");
  }

  @Test
  void foldsAccentsAndTreatsApostrophesAsSeparators() {
    assertThat(words("Côte d’Ivoire São Tomé ÅLAND"))
        .containsExactly("cote", "d", "ivoire", "sao", "tome", "aland");
  }

  @Test
  void dashBetweenNumbersBecomesToButOtherwiseSeparates() {
    assertThat(words("20-30 20 – 30 grown-ups"))
        .containsExactly("20", "to", "30", "20", "to", "30", "grown", "ups");
  }

  @Test
  void symbolsBecomeTheWordsTheyStandFor() {
    assertThat(words("30+ 90% a&b >40 <50"))
        .containsExactly(
            "30", "plus", "90", "percent", "a", "and", "b", "above", "40", "below", "50");
  }

  @Test
  void decimalsStayOneNumberAndLettersSplitFromDigits() {
    assertThat(words("0.9 .75 30s 1.2.3 u.s."))
        .containsExactly("0.9", ".75", "30", "s", "1.2", "3", "u", "s");
  }

  @Test
  void emojiAndControlCharactersSeparateWords() {
    assertThat(words("men😀women\u0000kids")).containsExactly("men", "women", "kids");
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(QueryTokenizer.tokenize(" ,;!").size()).isZero();
  }

  private static List<String> words(String text) {
    Tokens tokens = QueryTokenizer.tokenize(text);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      words.add(tokens.word(i));
    }
    return words;
  }
}
