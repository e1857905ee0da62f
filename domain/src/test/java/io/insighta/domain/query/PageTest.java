package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void noResultsMeansZeroPages() {
    Page<String> page = new Page<>(List.of(), 0, new PageRequest(1, 10));

    assertThat(page.totalPages()).isZero();
    assertThat(page.hasNext()).isFalse();
    assertThat(page.hasPrevious()).isFalse();
  }

  @Test
  void totalPagesRoundsUp() {
    assertThat(new Page<>(List.of("a"), 2026, new PageRequest(1, 10)).totalPages()).isEqualTo(203);
    assertThat(new Page<>(List.of("a"), 20, new PageRequest(1, 10)).totalPages()).isEqualTo(2);
  }

  @Test
  void middlePageHasBothNeighbours() {
    Page<String> page = new Page<>(List.of("a"), 30, new PageRequest(2, 10));

    assertThat(page.hasNext()).isTrue();
    assertThat(page.hasPrevious()).isTrue();
  }

  @Test
  void lastPageHasNoNext() {
    assertThat(new Page<>(List.of("a"), 30, new PageRequest(3, 10)).hasNext()).isFalse();
  }

  @Test
  void negativeTotalIsRejected() {
    assertThatThrownBy(() -> new Page<>(List.of(), -1, PageRequest.FIRST))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
