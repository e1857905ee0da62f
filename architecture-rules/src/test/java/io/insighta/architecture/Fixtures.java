package io.insighta.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;

/** Imports the fixture hexagons under src/test/java and asserts how a rule judges them. */
final class Fixtures {

  /** A small hexagon that keeps every rule. */
  static final String COMPLIANT = "io.insighta.fixtures.compliant";

  private static final String VIOLATIONS = "io.insighta.fixtures.violations.";
  private static final JavaClasses COMPLIANT_CLASSES = classesIn(COMPLIANT);

  private Fixtures() {}

  static JavaClasses classesIn(String base) {
    return new ClassFileImporter().importPackages(base);
  }

  static JavaClasses compliantClasses() {
    return COMPLIANT_CLASSES;
  }

  /** Builds the rule for one violation fixture's base and expects it to name every offender. */
  static void assertViolated(Function<String, ArchRule> rule, String fixture, String... offenders) {
    String base = VIOLATIONS + fixture;
    JavaClasses classes = classesIn(base);
    assertThatThrownBy(() -> rule.apply(base).check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(offenders);
  }

  /** Builds the rule for the compliant hexagon and expects it to pass there. */
  static void assertKept(Function<String, ArchRule> rule) {
    assertThatCode(() -> rule.apply(COMPLIANT).check(COMPLIANT_CLASSES)).doesNotThrowAnyException();
  }
}
