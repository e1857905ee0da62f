package io.insighta.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileNameTest {

  @Test
  void valueIsTrimmedButKeepsTheCallersSpelling() {
    assertThat(new ProfileName("  Ella Okafor \t").value()).isEqualTo("Ella Okafor");
  }

  @Test
  void composedAndDecomposedSpellingsShareOneKey() {
    ProfileName composed = new ProfileName("Jos\u00e9");
    ProfileName decomposed = new ProfileName("Jose\u0301");

    assertThat(decomposed.value()).isNotEqualTo(composed.value());
    assertThat(decomposed.key()).isEqualTo(composed.key());
  }

  @Test
  void keyIgnoresCase() {
    assertThat(new ProfileName("ELLA").key()).isEqualTo(new ProfileName("ella").key());
  }

  @Test
  void emptyOrBlankNameIsTheMissingNameError() {
    assertThatThrownBy(() -> new ProfileName("   "))
        .isInstanceOfSatisfying(
            InvalidProfileNameException.class, e -> assertThat(e.isEmptyName()).isTrue());
  }

  @Test
  void controlAndInvisibleCharactersAreRejected() {
    for (String name : new String[] {"ella\u0007", "el\nla", "el\u200Bla", "ella\u202E"}) {
      assertThatThrownBy(() -> new ProfileName(name))
          .as(name)
          .isInstanceOfSatisfying(
              InvalidProfileNameException.class, e -> assertThat(e.isEmptyName()).isFalse());
    }
  }

  @Test
  void emojiAndNonLatinScriptsAreAccepted() {
    assertThat(new ProfileName("Ella 😀").value()).isEqualTo("Ella 😀");
    assertThat(new ProfileName("Chiamaka Ọkafọ̀").value()).startsWith("Chiamaka");
  }

  @Test
  void lengthIsCountedInCodePoints() {
    assertThat(new ProfileName("😀".repeat(100)).value()).hasSize(200);
    assertThatThrownBy(() -> new ProfileName("a".repeat(101)))
        .isInstanceOf(InvalidProfileNameException.class);
  }
}
