package io.insighta.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link HexagonalRules} that apply to each kind of module, ready to run in a module's test.
 */
public final class RuleSets {

  private RuleSets() {}

  /** Every rule a domain module must keep. */
  public static List<ArchRule> domain(String base) {
    return withCodingRules(
        base,
        HexagonalRules.domainDependsOnlyOnJdk(base),
        HexagonalRules.domainDoesNotDependOnApplication(base),
        HexagonalRules.coreIsFrameworkFree(base),
        HexagonalRules.portsDoNotExposeTechnology(base),
        HexagonalRules.domainFeaturesAreFreeOfCycles(base),
        HexagonalRules.portsAreNamedForWhatTheyAre(base));
  }

  /** Every rule an application module must keep. */
  public static List<ArchRule> application(String base) {
    return withCodingRules(
        base,
        HexagonalRules.applicationDependsOnlyOnJdkAndDomain(base),
        HexagonalRules.coreIsFrameworkFree(base),
        HexagonalRules.portsDoNotExposeTechnology(base),
        HexagonalRules.useCasesAreImplementedByServices(base),
        HexagonalRules.portsAreNamedForWhatTheyAre(base));
  }

  /** Every rule an adapter module must keep, whether it lives in this repository or outside it. */
  public static List<ArchRule> adapter(String base) {
    return withCodingRules(
        base,
        HexagonalRules.adaptersDoNotDependOnEachOther(base),
        HexagonalRules.httpServerAndClientAreIndependent(base),
        HexagonalRules.generatedJooqStaysInPersistence(base),
        HexagonalRules.adaptersAreNamedTechnologyPlusPort(base));
  }

  /** Every rule at once, for a system-wide check over all modules together. */
  public static List<ArchRule> all(String base) {
    Map<String, ArchRule> byDescription = new LinkedHashMap<>();
    for (List<ArchRule> set : List.of(domain(base), application(base), adapter(base))) {
      set.forEach(rule -> byDescription.putIfAbsent(rule.getDescription(), rule));
    }
    return List.copyOf(byDescription.values());
  }

  private static List<ArchRule> withCodingRules(String base, ArchRule... moduleRules) {
    List<ArchRule> rules = new ArrayList<>(List.of(moduleRules));
    rules.add(HexagonalRules.constructorInjectionOnly(base));
    rules.add(HexagonalRules.noLombok(base));
    rules.add(HexagonalRules.oneTopLevelTypePerFile(base));
    return List.copyOf(rules);
  }
}
