package io.insighta.architecture;

import static io.insighta.architecture.Fixtures.assertKept;
import static io.insighta.architecture.Fixtures.assertViolated;

import org.junit.jupiter.api.Test;

class AdapterRulesTest {

  @Test
  void cacheAdapterCallingPersistenceAdapterIsRejected() {
    assertViolated(
        HexagonalRules::adaptersDoNotDependOnEachOther,
        "adapters",
        "ReadThroughCache",
        "JooqProfileStore");
  }

  @Test
  void adaptersMeetingOnlyThroughPortsPass() {
    assertKept(HexagonalRules::adaptersDoNotDependOnEachOther);
  }

  @Test
  void httpServerCallingHttpClientIsRejected() {
    assertViolated(
        HexagonalRules::httpServerAndClientAreIndependent,
        "httpserver",
        "AgeRoutes",
        "AgifyClient");
  }

  @Test
  void httpClientReusingServerTypesIsRejected() {
    assertViolated(
        HexagonalRules::httpServerAndClientAreIndependent,
        "httpclient",
        "GenderizeClient",
        "ErrorBody");
  }

  @Test
  void separateHttpServerAndClientPass() {
    assertKept(HexagonalRules::httpServerAndClientAreIndependent);
  }

  @Test
  void generatedJooqRecordUsedByARouteIsRejected() {
    assertViolated(
        HexagonalRules::generatedJooqStaysInPersistence,
        "jooqleak",
        "ProfileRoutes",
        "ProfilesRecord");
  }

  @Test
  void generatedJooqUsedInsidePersistencePasses() {
    assertKept(HexagonalRules::generatedJooqStaysInPersistence);
  }

  @Test
  void adapterNotNamedTechnologyPlusPortIsRejected() {
    assertViolated(
        HexagonalRules::adaptersAreNamedTechnologyPlusPort,
        "adapternaming",
        "ProfileDao",
        "ProfileRepository");
  }

  @Test
  void adaptersNamedTechnologyPlusPortPass() {
    assertKept(HexagonalRules::adaptersAreNamedTechnologyPlusPort);
  }
}
