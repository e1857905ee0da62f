package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do; subclasses supply an empty repository per test. */
public abstract class UserRepositoryContract {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final AtomicLong GITHUB_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  protected abstract UserRepository repository();

  private static ExternalIdentity identity(String login) {
    return new ExternalIdentity(GITHUB_IDS.incrementAndGet(), login, login + "@example.com", null);
  }

  private User login(ExternalIdentity identity, AdminGrant grant, Instant at) {
    return repository().upsertOnLogin(identity, grant, UserId.generate(Clock.systemUTC()), at);
  }

  @Test
  void firstSignInCreatesAnActiveAnalyst() {
    UserId id = UserId.generate(Clock.systemUTC());
    ExternalIdentity ada = identity("ada");

    User user = repository().upsertOnLogin(ada, AdminGrant.NONE, id, NOW);

    assertThat(user.id()).isEqualTo(id);
    assertThat(user.githubId()).isEqualTo(ada.githubId());
    assertThat(user.username()).isEqualTo("ada");
    assertThat(user.email()).isEqualTo("ada@example.com");
    assertThat(user.role()).isEqualTo(Role.ANALYST);
    assertThat(user.active()).isTrue();
    assertThat(user.createdAt()).isEqualTo(NOW);
    assertThat(user.lastLoginAt()).isEqualTo(NOW);
    assertThat(repository().findById(id)).contains(user);
  }

  @Test
  void adminListedSignInCreatesAnAdmin() {
    assertThat(login(identity("root"), AdminGrant.ON_CREATION, NOW).role()).isEqualTo(Role.ADMIN);
    assertThat(login(identity("boss"), AdminGrant.ON_CREATION_IF_FIRST_WITH_LOGIN, NOW).role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void anAdminLoginGrantsNothingToASecondAccountThatInheritsIt() {
    ExternalIdentity original = identity("octo");
    login(original, AdminGrant.NONE, NOW);
    login(
        new ExternalIdentity(original.githubId(), "octo-renamed", null, null),
        AdminGrant.NONE,
        NOW);
    ExternalIdentity newcomer = identity("OCTO");

    assertThat(login(newcomer, AdminGrant.ON_CREATION_IF_FIRST_WITH_LOGIN, NOW).role())
        .isEqualTo(Role.ANALYST);
  }

  @Test
  void laterSignInKeepsIdentityAndRoleAndRefreshesProfile() {
    ExternalIdentity first = identity("grace");
    User created = login(first, AdminGrant.ON_CREATION, NOW);
    ExternalIdentity renamed =
        new ExternalIdentity(first.githubId(), "grace-h", null, "https://avatars/1");

    User again = login(renamed, AdminGrant.NONE, NOW.plusSeconds(60));

    assertThat(again.id()).isEqualTo(created.id());
    assertThat(again.role()).isEqualTo(Role.ADMIN);
    assertThat(again.username()).isEqualTo("grace-h");
    assertThat(again.email()).isNull();
    assertThat(again.avatarUrl()).isEqualTo("https://avatars/1");
    assertThat(again.createdAt()).isEqualTo(NOW);
    assertThat(again.lastLoginAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void anAdminListOnlyEverGrantsAtCreationSoADemotedAdminStaysDemoted() {
    ExternalIdentity linus = identity("linus");
    login(linus, AdminGrant.NONE, NOW);
    User root = login(identity("root"), AdminGrant.ON_CREATION, NOW);
    repository().update(root.id(), new UserUpdate(Role.ANALYST, null));
    ExternalIdentity rootAgain = new ExternalIdentity(root.githubId(), "root", null, null);

    assertThat(login(linus, AdminGrant.ON_CREATION, NOW.plusSeconds(1)).role())
        .isEqualTo(Role.ANALYST);
    assertThat(login(rootAgain, AdminGrant.ON_CREATION_IF_FIRST_WITH_LOGIN, NOW).role())
        .isEqualTo(Role.ANALYST);
  }

  @Test
  void theTestAdminIsPromotedAtEverySignIn() {
    ExternalIdentity test = new ExternalIdentity(-1, "insighta-test-admin", null, null);
    User user = login(test, AdminGrant.ALWAYS, NOW);
    repository().update(user.id(), new UserUpdate(Role.ANALYST, null));

    assertThat(login(test, AdminGrant.ALWAYS, NOW).role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void deactivatedUserStaysDeactivatedWhenSigningInAgain() {
    ExternalIdentity mallory = identity("mallory");
    User user = login(mallory, AdminGrant.NONE, NOW);
    repository().update(user.id(), new UserUpdate(null, false));

    assertThat(login(mallory, AdminGrant.ALWAYS, NOW.plusSeconds(1)).active()).isFalse();
  }

  @Test
  void syntheticNegativeIdsAreDistinctUsers() {
    User synthetic =
        login(new ExternalIdentity(-1, "test-admin", null, null), AdminGrant.ALWAYS, NOW);
    User real = login(identity("test-admin"), AdminGrant.NONE, NOW);

    assertThat(synthetic.id()).isNotEqualTo(real.id());
    assertThat(repository().findById(synthetic.id()).map(User::githubId)).contains(-1L);
  }

  @Test
  void unknownIdFindsNothing() {
    assertThat(repository().findById(UserId.generate(Clock.systemUTC()))).isEmpty();
  }

  @Test
  void listPagesOldestFirstWithTheTotal() {
    User a = login(identity("a"), AdminGrant.NONE, NOW);
    User b = login(identity("b"), AdminGrant.NONE, NOW.plusSeconds(1));
    User c = login(identity("c"), AdminGrant.NONE, NOW.plusSeconds(2));

    Page<User> first = repository().list(new PageRequest(1, 2));
    Page<User> second = repository().list(new PageRequest(2, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).extracting(User::id).containsExactly(a.id(), b.id());
    assertThat(second.items()).extracting(User::id).containsExactly(c.id());
  }

  @Test
  void updateChangesRoleAndActiveFlagIndependently() {
    User user = login(identity("ken"), AdminGrant.NONE, NOW);

    User promoted = repository().update(user.id(), new UserUpdate(Role.ADMIN, null)).orElseThrow();
    User deactivated = repository().update(user.id(), new UserUpdate(null, false)).orElseThrow();

    assertThat(promoted.role()).isEqualTo(Role.ADMIN);
    assertThat(promoted.active()).isTrue();
    assertThat(deactivated.role()).isEqualTo(Role.ADMIN);
    assertThat(deactivated.active()).isFalse();
    assertThat(repository().findById(user.id())).contains(deactivated);
  }

  @Test
  void updateOfUnknownUserIsEmpty() {
    assertThat(
            repository()
                .update(UserId.generate(Clock.systemUTC()), new UserUpdate(Role.ADMIN, true)))
        .isEmpty();
  }

  @Test
  void concurrentFirstSignInsOfOneAccountCreateOneUser() throws Exception {
    ExternalIdentity twin = identity("twin");

    List<User> users = Concurrently.run(5, i -> login(twin, AdminGrant.NONE, NOW));

    assertThat(users).extracting(User::id).containsOnly(users.get(0).id());
  }
}
