package io.insighta.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.user.UserId;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class InMemoryUserVersionsTest {
  private final InMemoryUserVersions versions = new InMemoryUserVersions();
  private final UserId grace = UserId.generate(Clock.systemUTC());
  private final UserId ada = UserId.generate(Clock.systemUTC());

  @Test
  void aBumpChangesOnlyThatUsersStamp() {
    String graceBefore = versions.current(grace).orElseThrow();
    String adaBefore = versions.current(ada).orElseThrow();

    versions.bump(grace);

    assertThat(versions.current(grace)).isPresent().get().isNotEqualTo(graceBefore);
    assertThat(versions.current(ada)).contains(adaBefore);
  }
}
