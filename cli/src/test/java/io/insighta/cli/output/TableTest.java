package io.insighta.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void columnsArePaddedToTheWidestCellCountingCodePoints() {
    StringWriter text = new StringWriter();

    new Table("NAME", "AGE")
        .row("Nguyễn", "30")
        .row("Zoë", null)
        .print(new PrintWriter(text), new Style(false));

    assertThat(text.toString().lines()).containsExactly("NAME    AGE", "Nguyễn  30", "Zoë     -");
  }

  @Test
  void sizesAreHumanReadable() {
    assertThat(Units.bytes(512)).isEqualTo("512 B");
    assertThat(Units.bytes(1536)).isEqualTo("1.5 KB");
    assertThat(Units.bytes(5L * 1024 * 1024)).isEqualTo("5.0 MB");
    assertThat(Units.count(1, "row")).isEqualTo("1 row");
    assertThat(Units.count(0, "row")).isEqualTo("0 rows");
  }
}
