package io.insighta.architecture;

import static io.insighta.architecture.Fixtures.assertKept;
import static io.insighta.architecture.Fixtures.assertViolated;

import org.junit.jupiter.api.Test;

class CodingRulesTest {

  @Test
  void fieldInjectionIsRejected() {
    assertViolated(
        HexagonalRules::constructorInjectionOnly, "fieldinjection", "FieldInjectedCache.jedis");
  }

  @Test
  void setterInjectionIsRejected() {
    assertViolated(
        HexagonalRules::constructorInjectionOnly,
        "methodinjection",
        "SetterInjectedCache.setJedis");
  }

  @Test
  void annotatedConstructorInjectionPasses() {
    assertKept(HexagonalRules::constructorInjectionOnly);
  }

  @Test
  void lombokAnnotationLeftInBytecodeIsRejected() {
    assertViolated(HexagonalRules::noLombok, "lombok", "LombokCache", "lombok.NonNull");
  }

  @Test
  void plainJavaWithoutLombokPasses() {
    assertKept(HexagonalRules::noLombok);
  }

  @Test
  void secondTopLevelTypeInAFileIsRejected() {
    assertViolated(
        HexagonalRules::oneTopLevelTypePerFile, "toplevel", "ProfileLabels", "Profile.java");
  }

  @Test
  void oneTopLevelTypePerFilePasses() {
    assertKept(HexagonalRules::oneTopLevelTypePerFile);
  }
}
