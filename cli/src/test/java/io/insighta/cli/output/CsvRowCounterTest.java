package io.insighta.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRowCounterTest {
  private static CsvRowCounter count(String... chunks) {
    CsvRowCounter counter = new CsvRowCounter();
    for (String chunk : chunks) {
      byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
      counter.accept(bytes, bytes.length);
    }
    return counter;
  }

  @Test
  void newlinesInsideQuotesDoNotEndARow() {
    assertThat(count("h1,h2\r\n", "\"a\nb\",\"say \"\"hi\"\"\"\r\n", "c,d\r\n").rows())
        .isEqualTo(2);
  }

  @Test
  void lastRowWithoutNewlineCounts() {
    assertThat(count("h\n", "a\nb").rows()).isEqualTo(2);
  }

  @Test
  void headerOnlyMeansNoRows() {
    assertThat(count("h1,h2\r\n").rows()).isZero();
    assertThat(count().rows()).isZero();
  }

  @Test
  void chunkBoundariesInsideQuotesAreHandled() {
    assertThat(count("h\n\"x", "\ny\"\n").rows()).isEqualTo(1);
  }
}
