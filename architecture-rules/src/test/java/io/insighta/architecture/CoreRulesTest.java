package io.insighta.architecture;

import static io.insighta.architecture.Fixtures.assertKept;
import static io.insighta.architecture.Fixtures.assertViolated;

import org.junit.jupiter.api.Test;

class CoreRulesTest {

  @Test
  void domainDependingOnALibraryIsRejected() {
    assertViolated(HexagonalRules::domainDependsOnlyOnJdk, "jdkonly", "ProfileScore");
  }

  @Test
  void domainOfRecordsEnumsAndLambdasKeepsToTheJdk() {
    assertKept(HexagonalRules::domainDependsOnlyOnJdk);
  }

  @Test
  void applicationCallingAnAdapterIsRejected() {
    assertViolated(
        HexagonalRules::applicationDependsOnlyOnJdkAndDomain,
        "appjdk",
        "CountProfilesService",
        "JooqProfileStore");
  }

  @Test
  void applicationUsingDomainAndJdkPasses() {
    assertKept(HexagonalRules::applicationDependsOnlyOnJdkAndDomain);
  }

  @Test
  void domainDependingOnApplicationIsRejected() {
    assertViolated(
        HexagonalRules::domainDoesNotDependOnApplication, "direction", "CreateProfileService");
  }

  @Test
  void domainIgnorantOfApplicationPasses() {
    assertKept(HexagonalRules::domainDoesNotDependOnApplication);
  }

  @Test
  void loggingInTheDomainAndGuiceInTheApplicationAreRejected() {
    assertViolated(
        HexagonalRules::coreIsFrameworkFree,
        "framework",
        "ProfileAudit",
        "org.slf4j.Logger",
        "ListProfilesService",
        "com.google.inject.Inject");
  }

  @Test
  void frameworkFreeCorePasses() {
    assertKept(HexagonalRules::coreIsFrameworkFree);
  }

  @Test
  void portsCarryingJooqJavalinOrJedisTypesAreRejected() {
    assertViolated(
        HexagonalRules::portsDoNotExposeTechnology,
        "portsignature",
        "findAll()",
        "org.jooq.Record",
        "org.jooq.DSLContext",
        "io.javalin.http.Context",
        "redis.clients.jedis.Jedis");
  }

  @Test
  void portsSpeakingDomainTypesPass() {
    assertKept(HexagonalRules::portsDoNotExposeTechnology);
  }

  @Test
  void cycleBetweenDomainFeaturesIsRejected() {
    assertViolated(HexagonalRules::domainFeaturesAreFreeOfCycles, "cycles", "Alpha", "Beta");
  }

  @Test
  void oneWayDependencyBetweenDomainFeaturesPasses() {
    assertKept(HexagonalRules::domainFeaturesAreFreeOfCycles);
  }

  @Test
  void useCaseImplementationNotNamedServiceIsRejected() {
    assertViolated(
        HexagonalRules::useCasesAreImplementedByServices, "usecase", "DeleteProfileHandler");
  }

  @Test
  void useCaseImplementedByAServicePasses() {
    assertKept(HexagonalRules::useCasesAreImplementedByServices);
  }

  @Test
  void portNamedPortIsRejected() {
    assertViolated(HexagonalRules::portsAreNamedForWhatTheyAre, "portnaming", "ProfileStoragePort");
  }

  @Test
  void portsNamedForWhatTheyArePass() {
    assertKept(HexagonalRules::portsAreNamedForWhatTheyAre);
  }
}
