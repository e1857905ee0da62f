package io.insighta.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.memory.InMemoryUserRepository;
import io.insighta.application.memory.InMemoryUserVersions;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserUpdate;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionedUserRepositoryTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryUserVersions versions = new InMemoryUserVersions();
  private final VersionedUserRepository users =
      new VersionedUserRepository(new InMemoryUserRepository(), versions);

  private User signIn() {
    return users.upsertOnLogin(
        new ExternalIdentity(5, "grace", null, null),
        AdminGrant.NONE,
        UserId.generate(Clock.systemUTC()),
        NOW);
  }

  @Test
  void everyWriteChangesTheStampAndReadsDoNot() {
    User grace = signIn();
    String afterFirstLogin = versions.current(grace.id()).orElseThrow();

    users.findById(grace.id());
    users.list(new PageRequest(1, 10));
    assertThat(versions.current(grace.id())).contains(afterFirstLogin);

    users.update(grace.id(), new UserUpdate(Role.ADMIN, null));
    String afterUpdate = versions.current(grace.id()).orElseThrow();
    assertThat(afterUpdate).isNotEqualTo(afterFirstLogin);

    signIn();
    assertThat(versions.current(grace.id())).isPresent().get().isNotEqualTo(afterUpdate);
  }

  @Test
  void writesArePassedOnUnchanged() {
    User grace = signIn();

    User changed = users.update(grace.id(), new UserUpdate(null, false)).orElseThrow();

    assertThat(changed.active()).isFalse();
    assertThat(users.findById(grace.id())).contains(changed);
    assertThat(users.list(new PageRequest(1, 10)).items()).containsExactly(changed);
  }
}
