package io.insighta.bootstrap.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.http.server.imports.ProfileImportReader;
import io.insighta.application.profile.ImportCandidate;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadReaderTest {

  /** Rows numbered 1..count; throws instead of returning row {@code failAt} when it is positive. */
  private static final class NumberedRows implements ProfileImportReader {
    private final long count;
    private final long failAt;
    private final AtomicBoolean closed = new AtomicBoolean();
    private long line;

    NumberedRows(long count, long failAt) {
      this.count = count;
      this.failAt = failAt;
    }

    @Override
    public boolean hasNext() {
      return line < count;
    }

    @Override
    public ImportCandidate next() {
      line++;
      if (line == failAt) {
        throw new UncheckedIOException(new java.io.IOException("disk gone"));
      }
      return ImportCandidate.unreadable(line, "row " + line);
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  @Test
  void everyRowArrivesOnceInFileOrderAcrossChunks() throws Exception {
    long count = ReadAheadReader.CHUNK * (ReadAheadReader.DEPTH + 3L) + 7;
    List<Long> lines = new ArrayList<>();
    NumberedRows source = new NumberedRows(count, 0);

    try (ReadAheadReader rows = new ReadAheadReader(source)) {
      rows.forEachRemaining(row -> lines.add(row.line()));
      assertThat(rows.hasNext()).isFalse();
    }

    assertThat(lines).hasSize((int) count);
    assertThat(lines).isSorted().startsWith(1L).endsWith(count);
    assertThat(source.closed).isTrue();
  }

  @Test
  void aFailureWhileReadingReachesTheConsumerAfterTheRowsBeforeIt() throws Exception {
    List<Long> lines = new ArrayList<>();
    try (ReadAheadReader rows = new ReadAheadReader(new NumberedRows(5_000, 3_000))) {
      assertThatThrownBy(() -> rows.forEachRemaining(row -> lines.add(row.line())))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("disk gone");
    }

    assertThat(lines).hasSize(2 * ReadAheadReader.CHUNK);
  }

  @Test
  void anEmptySourceHasNoRows() throws Exception {
    try (ReadAheadReader rows = new ReadAheadReader(new NumberedRows(0, 0))) {
      assertThat(rows.hasNext()).isFalse();
    }
  }

  @Test
  void closingBeforeTheEndStopsTheReaderAndClosesTheSource() throws Exception {
    NumberedRows source = new NumberedRows(1_000_000, 0);
    ReadAheadReader rows = new ReadAheadReader(source);
    rows.next();

    rows.close();

    assertThat(source.closed).isTrue();
  }
}
