package io.insighta.adapters.cache.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.insighta.architecture.ArchitectureCheck;
import io.insighta.architecture.HexagonalRules;
import io.insighta.architecture.RuleSets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the cache adapter rules of ARCHITECTURE.md against this module's production classes. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureCheck.productionClasses("io.insighta.adapters.cache");

  // While the module has no classes yet every rule passes vacuously; once it has some, a rule
  // that selects nothing fails (see ArchitectureCheck.allowingEmptyModule).
  @TestFactory
  Stream<DynamicTest> cacheAdapterKeepsTheHexagonalRules() {
    return RuleSets.adapter(HexagonalRules.INSIGHTA).stream()
        .map(rule -> ArchitectureCheck.allowingEmptyModule(rule, CLASSES))
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
  }
}
