package io.insighta.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.memory.InMemoryUserRepository;
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

class UserAdministrationTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final UpdateUserUseCase update = new UpdateUserService(users);
  private final ListUsersUseCase list = new ListUsersService(users);
  private final User admin = signIn(1, "root", true);
  private final User analyst = signIn(2, "ada", false);

  private User signIn(long githubId, String login, boolean admin) {
    return users.upsertOnLogin(
        new ExternalIdentity(githubId, login, null, null),
        admin ? AdminGrant.ALWAYS : AdminGrant.NONE,
        UserId.generate(Clock.systemUTC()),
        NOW.plusSeconds(githubId));
  }

  @Test
  void adminChangesAnotherUsersRoleAndActiveFlag() {
    User changed = update.update(admin, analyst.id().toString(), new UserUpdate(Role.ADMIN, false));

    assertThat(changed.role()).isEqualTo(Role.ADMIN);
    assertThat(changed.active()).isFalse();
    assertThat(users.findById(analyst.id())).contains(changed);
  }

  @Test
  void adminCannotDemoteOrDeactivateThemselves() {
    String self = admin.id().toString();

    assertThatThrownBy(() -> update.update(admin, self, new UserUpdate(Role.ANALYST, null)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Admins cannot demote themselves");
    assertThatThrownBy(() -> update.update(admin, self, new UserUpdate(null, false)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Admins cannot deactivate themselves");
    assertThat(update.update(admin, self, new UserUpdate(Role.ADMIN, true)).role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void analystCannotManageUsers() {
    assertThatThrownBy(
            () -> update.update(analyst, admin.id().toString(), new UserUpdate(null, false)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> list.list(analyst, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void unknownOrMalformedIdIsNotFound() {
    UserUpdate change = new UserUpdate(Role.ADMIN, null);

    assertThatThrownBy(() -> update.update(admin, "nope", change))
        .isInstanceOf(UserNotFoundException.class)
        .hasMessage("User not found");
    assertThatThrownBy(
            () -> update.update(admin, UserId.generate(Clock.systemUTC()).toString(), change))
        .isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void adminListsUsersOldestFirst() {
    assertThat(list.list(admin, PageRequest.FIRST).items())
        .extracting(User::username)
        .containsExactly("root", "ada");
  }
}
