package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void limitAboveFiftyIsClampedToFifty() {
    assertThat(new PageRequest(1, 100_000).limit()).isEqualTo(50);
    assertThat(new PageRequest(1, 51).limit()).isEqualTo(50);
    assertThat(new PageRequest(1, 50).limit()).isEqualTo(50);
  }

  @Test
  void pageZeroIsInvalid() {
    assertThatThrownBy(() -> new PageRequest(0, 10)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void limitZeroIsInvalid() {
    assertThatThrownBy(() -> new PageRequest(1, 0)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void offsetSkipsTheEarlierPagesWithoutOverflow() {
    assertThat(new PageRequest(3, 10).offset()).isEqualTo(20);
    assertThat(new PageRequest(Integer.MAX_VALUE, 50).offset())
        .isEqualTo((Integer.MAX_VALUE - 1L) * 50);
  }

  @Test
  void firstPageUsesTheDefaultLimit() {
    assertThat(PageRequest.FIRST).isEqualTo(new PageRequest(1, 10));
  }
}
