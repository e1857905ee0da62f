package io.insighta.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The {@link HexagonalRules} that apply to each kind of module, ready to run in a module's test.
 */
public final class RuleSets {

  private RuleSets() {}

  /** Every rule a domain module must keep. */
  public static List<ArchRule> domain(String base) {
    return List.of(
        HexagonalRules.domainDependsOnlyOnJdk(base),
        HexagonalRules.domainDoesNotDependOnApplication(base),
        HexagonalRules.coreIsFrameworkFree(base),
        HexagonalRules.portsDoNotExposeTechnology(base),
        HexagonalRules.domainFeaturesAreFreeOfCycles(base),
        HexagonalRules.portsAreNamedForWhatTheyAre(base),
        HexagonalRules.constructorInjectionOnly(base),
        HexagonalRules.noLombok(base),
        HexagonalRules.oneTopLevelTypePerFile(base));
  }

  /** Every rule an application module must keep. */
  public static List<ArchRule> application(String base) {
    return List.of(
        HexagonalRules.applicationDependsOnlyOnJdkAndDomain(base),
        HexagonalRules.coreIsFrameworkFree(base),
        HexagonalRules.portsDoNotExposeTechnology(base),
        HexagonalRules.useCasesAreImplementedByServices(base),
        HexagonalRules.portsAreNamedForWhatTheyAre(base),
        HexagonalRules.constructorInjectionOnly(base),
        HexagonalRules.noLombok(base),
        HexagonalRules.oneTopLevelTypePerFile(base));
  }

  /** Every rule an adapter module must keep, whether it lives in this repository or outside it. */
  public static List<ArchRule> adapter(String base) {
    return List.of(
        HexagonalRules.adaptersDoNotDependOnEachOther(base),
        HexagonalRules.httpServerAndClientAreIndependent(base),
        HexagonalRules.generatedJooqStaysInPersistence(base),
        HexagonalRules.adaptersAreNamedTechnologyPlusPort(base),
        HexagonalRules.constructorInjectionOnly(base),
        HexagonalRules.noLombok(base),
        HexagonalRules.oneTopLevelTypePerFile(base));
  }

  /** Every rule at once, for a system-wide check over all modules together. */
  public static List<ArchRule> all(String base) {
    return List.of(
        HexagonalRules.domainDependsOnlyOnJdk(base),
        HexagonalRules.applicationDependsOnlyOnJdkAndDomain(base),
        HexagonalRules.domainDoesNotDependOnApplication(base),
        HexagonalRules.coreIsFrameworkFree(base),
        HexagonalRules.portsDoNotExposeTechnology(base),
        HexagonalRules.domainFeaturesAreFreeOfCycles(base),
        HexagonalRules.portsAreNamedForWhatTheyAre(base),
        HexagonalRules.useCasesAreImplementedByServices(base),
        HexagonalRules.adaptersDoNotDependOnEachOther(base),
        HexagonalRules.httpServerAndClientAreIndependent(base),
        HexagonalRules.generatedJooqStaysInPersistence(base),
        HexagonalRules.adaptersAreNamedTechnologyPlusPort(base),
        HexagonalRules.constructorInjectionOnly(base),
        HexagonalRules.noLombok(base),
        HexagonalRules.oneTopLevelTypePerFile(base));
  }
}
