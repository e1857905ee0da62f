package io.insighta.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.insighta.architecture.ArchitectureCheck;
import io.insighta.architecture.HexagonalRules;
import io.insighta.architecture.RuleSets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule over the whole assembled system: all modules' production classes at once. */
class SystemArchitectureTest {

  private static final JavaClasses SYSTEM = ArchitectureCheck.productionClasses("io.insighta");

  @TestFactory
  Stream<DynamicTest> assembledSystemKeepsEveryHexagonalRule() {
    return RuleSets.all(HexagonalRules.INSIGHTA).stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(SYSTEM)));
  }
}
