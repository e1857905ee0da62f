package io.insighta.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

  @Test
  void wholeNumbersOfAnyWidthAndDecimalsAreHeldOneWaySoCopiesCompareEqual() {
    AuditDetails written =
        AuditDetails.of("inserted", 3, "ratio", 0.5f, "nested", Map.of("n", (short) 2));
    AuditDetails read = AuditDetails.of("inserted", 3L, "ratio", 0.5d, "nested", Map.of("n", 2L));

    assertThat(written).isEqualTo(read);
    assertThat(written.values().get("inserted")).isInstanceOf(Long.class);
  }

  @Test
  void keysKeepTheirOrderAndTheMapCannotBeChangedAfterwards() {
    Map<String, Object> source = new java.util.LinkedHashMap<>();
    source.put("b", 1);
    source.put("a", List.of("x"));
    AuditDetails details = new AuditDetails(source);
    source.put("c", 2);

    assertThat(details.values().keySet()).containsExactly("b", "a");
    assertThatThrownBy(() -> details.values().put("d", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void onlyJsonValuesAreAccepted() {
    Map<Object, Object> numericKey = new HashMap<>();
    numericKey.put(1, "x");

    assertThatThrownBy(() -> AuditDetails.of("when", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditDetails.of("nan", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditDetails.of("nested", numericKey))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditDetails(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(AuditDetails.of("nothing", null).values()).containsEntry("nothing", null);
  }

  @Test
  void aChangeIsItsBeforeAndAfterValue() {
    assertThat(AuditDetails.change("analyst", "admin"))
        .containsExactly(Map.entry("before", "analyst"), Map.entry("after", "admin"));
  }
}
