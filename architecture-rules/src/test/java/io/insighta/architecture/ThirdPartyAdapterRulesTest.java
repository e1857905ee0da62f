package io.insighta.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** An adapter outside io.insighta is held to the same rules, Insighta's own adapters included. */
class ThirdPartyAdapterRulesTest {

  private static final String LEAKY = "com.example.leaky";
  private static final JavaClasses CLASSES = Fixtures.classesIn(LEAKY);

  @Test
  void thirdPartyAdapterLeaningOnInsightasPersistenceAdapterIsRejected() {
    assertThatThrownBy(() -> HexagonalRules.adaptersDoNotDependOnEachOther(LEAKY).check(CLASSES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "MongoMigration", "io.insighta.adapters.persistence.JooqProfileRepository");
  }

  @Test
  void thirdPartyAdapterReadingInsightasGeneratedJooqIsRejected() {
    assertThatThrownBy(() -> HexagonalRules.generatedJooqStaysInPersistence(LEAKY).check(CLASSES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll("MongoMigration", "ProfilesRecord");
  }

  @Test
  void thirdPartyAdapterOfAnInsightaPortMustBeNamedTechnologyPlusPort() {
    assertThatThrownBy(
            () -> HexagonalRules.adaptersAreNamedTechnologyPlusPort(LEAKY).check(CLASSES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll("ProfileStorage", "ProfileRepository");
  }
}
