package io.insighta.domain.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.insighta.architecture.ArchitectureCheck;
import io.insighta.architecture.HexagonalRules;
import io.insighta.architecture.RuleSets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the domain rules of ARCHITECTURE.md against this module's production classes. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureCheck.productionClasses("io.insighta.domain");

  @TestFactory
  Stream<DynamicTest> domainKeepsTheHexagonalRules() {
    return RuleSets.domain(HexagonalRules.INSIGHTA).stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
  }
}
