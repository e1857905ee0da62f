package io.insighta.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleSetsTest {

  @Test
  void systemWideSetHoldsEveryRuleExactlyOnce() throws ReflectiveOperationException {
    Set<String> factories =
        Arrays.stream(HexagonalRules.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .filter(method -> method.getReturnType().equals(ArchRule.class))
            .map(Method::getName)
            .collect(Collectors.toSet());
    List<String> described = descriptions(RuleSets.all("x"));
    Set<String> expected = new HashSet<>();
    for (String factory : factories) {
      ArchRule rule =
          (ArchRule) HexagonalRules.class.getMethod(factory, String.class).invoke(null, "x");
      expected.add(rule.getDescription());
    }

    assertThat(described).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void compliantHexagonKeepsEveryRule() {
    JavaClasses classes = Fixtures.compliantClasses();
    for (ArchRule rule : RuleSets.all(Fixtures.COMPLIANT)) {
      assertThatCode(() -> rule.check(classes))
          .as(rule.getDescription())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void eachModuleSetHoldsOnItsOwnLayerAlone() {
    String base = Fixtures.COMPLIANT;
    assertKeptOn(RuleSets.domain(base), Fixtures.classesIn(base + ".domain"));
    assertKeptOn(RuleSets.application(base), Fixtures.classesIn(base + ".application"));
    assertKeptOn(RuleSets.adapter(base), Fixtures.classesIn(base + ".adapters"));
  }

  @Test
  void moduleSetsAreDrawnFromTheSystemWideSet() {
    List<String> all = descriptions(RuleSets.all("x"));
    assertThat(all)
        .containsAll(descriptions(RuleSets.domain("x")))
        .containsAll(descriptions(RuleSets.application("x")))
        .containsAll(descriptions(RuleSets.adapter("x")));
  }

  private static void assertKeptOn(List<ArchRule> rules, JavaClasses classes) {
    assertThat(classes).isNotEmpty();
    for (ArchRule rule : rules) {
      assertThatCode(() -> rule.check(classes))
          .as(rule.getDescription())
          .doesNotThrowAnyException();
    }
  }

  private static List<String> descriptions(List<ArchRule> rules) {
    return rules.stream().map(ArchRule::getDescription).collect(Collectors.toList());
  }
}
