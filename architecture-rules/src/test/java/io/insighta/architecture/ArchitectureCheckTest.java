package io.insighta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class ArchitectureCheckTest {

  private static final ArchRule SELECTS_NOTHING =
      classes().that().resideInAPackage("nowhere..").should().bePublic();

  @Test
  void productionClassesLeaveTestClassesOut() {
    JavaClasses classes = ArchitectureCheck.productionClasses("io.insighta.architecture");

    assertThat(classes.contain(HexagonalRules.class)).isTrue();
    assertThat(classes.contain(CoreRulesTest.class)).isFalse();
    assertThat(ArchitectureCheck.productionClasses("io.insighta.fixtures")).isEmpty();
  }

  @Test
  void classesBesideADirectoryAnchorComeFromThatDirectoryOnly() {
    JavaClasses classes = ArchitectureCheck.classesBeside(CoreRulesTest.class, "io.insighta");

    assertThat(classes.contain(CoreRulesTest.class)).isTrue();
    assertThat(classes.contain(HexagonalRules.class)).isFalse();
  }

  @Test
  void classesBesideAJarAnchorComeFromThatJarOnly() {
    JavaClasses classes =
        ArchitectureCheck.classesBeside(ArchRule.class, "com.tngtech.archunit.lang");

    assertThat(classes.contain(ArchRule.class)).isTrue();
    assertThat(ArchitectureCheck.classesBeside(ArchRule.class, "io.insighta")).isEmpty();
  }

  @Test
  void emptyModulePassesARuleThatSelectsNothing() {
    JavaClasses empty = Fixtures.classesIn("io.insighta.fixtures.absent");

    assertThatCode(() -> ArchitectureCheck.allowingEmptyModule(SELECTS_NOTHING, empty).check(empty))
        .doesNotThrowAnyException();
  }

  @Test
  void moduleWithClassesStillFailsARuleThatSelectsNothing() {
    JavaClasses classes = Fixtures.compliantClasses();

    assertThatThrownBy(
            () -> ArchitectureCheck.allowingEmptyModule(SELECTS_NOTHING, classes).check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }
}
