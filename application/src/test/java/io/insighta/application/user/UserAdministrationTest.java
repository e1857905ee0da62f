package io.insighta.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.memory.DirectTransactionRunner;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryUserRepository;
import io.insighta.application.memory.InMemoryUserVersions;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final UpdateUserUseCase update =
      new UpdateUserService(
          users,
          new DirectTransactionRunner(),
          new AuditTrail(auditLog, Clock.systemUTC()),
          new InMemoryUserVersions());
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

  private static Caller caller(User user) {
    return new Caller(user, new RequestOrigin("198.51.100.4", "request-7"));
  }

  @Test
  void adminChangesAnotherUsersRoleAndActiveFlag() {
    User changed =
        update.update(caller(admin), analyst.id().toString(), new UserUpdate(Role.ADMIN, false));

    assertThat(changed.role()).isEqualTo(Role.ADMIN);
    assertThat(changed.active()).isFalse();
    assertThat(users.findById(analyst.id())).contains(changed);
  }

  @Test
  void adminCannotDemoteOrDeactivateThemselves() {
    String self = admin.id().toString();

    assertThatThrownBy(() -> update.update(caller(admin), self, new UserUpdate(Role.ANALYST, null)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Admins cannot demote themselves");
    assertThatThrownBy(() -> update.update(caller(admin), self, new UserUpdate(null, false)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Admins cannot deactivate themselves");
    assertThat(update.update(caller(admin), self, new UserUpdate(Role.ADMIN, true)).role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void analystCannotManageUsers() {
    assertThatThrownBy(
            () ->
                update.update(caller(analyst), admin.id().toString(), new UserUpdate(null, false)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> list.list(analyst, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void unknownOrMalformedIdIsNotFound() {
    UserUpdate change = new UserUpdate(Role.ADMIN, null);

    assertThatThrownBy(() -> update.update(caller(admin), "nope", change))
        .isInstanceOf(UserNotFoundException.class)
        .hasMessage("User not found");
    assertThatThrownBy(
            () ->
                update.update(caller(admin), UserId.generate(Clock.systemUTC()).toString(), change))
        .isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void adminListsUsersOldestFirst() {
    assertThat(list.list(admin, PageRequest.FIRST).items())
        .extracting(User::username)
        .containsExactly("root", "ada");
  }

  @Test
  void aChangeIsRecordedWithEachChangedFieldBeforeAndAfter() {
    update.update(caller(admin), analyst.id().toString(), new UserUpdate(Role.ADMIN, false));

    AuditEntry entry = auditLog.find(AuditFilter.NONE, PageRequest.FIRST).items().get(0);
    assertThat(entry.action()).isEqualTo(AuditAction.USER_UPDATE);
    assertThat(entry.actor()).isEqualTo(AuditActor.of(admin));
    assertThat(entry.target()).isEqualTo(AuditTarget.of(AuditTargetType.USER, analyst.id()));
    assertThat(entry.ip()).isEqualTo("198.51.100.4");
    assertThat(entry.requestId()).isEqualTo("request-7");
    assertThat(entry.details())
        .isEqualTo(
            new AuditDetails(
                Map.of(
                    "role", AuditDetails.change("analyst", "admin"),
                    "is_active", AuditDetails.change(true, false))));
  }

  @Test
  void onlyTheFieldsThatChangedAreRecorded() {
    update.update(caller(admin), analyst.id().toString(), new UserUpdate(Role.ANALYST, false));

    assertThat(auditLog.find(AuditFilter.NONE, PageRequest.FIRST).items())
        .singleElement()
        .extracting(AuditEntry::details)
        .isEqualTo(AuditDetails.of("is_active", AuditDetails.change(true, false)));
  }

  @Test
  void anUpdateThatChangesNothingOrIsRefusedRecordsNothing() {
    update.update(caller(admin), analyst.id().toString(), new UserUpdate(Role.ANALYST, true));
    String self = admin.id().toString();
    assertThatThrownBy(() -> update.update(caller(admin), self, new UserUpdate(null, false)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> update.update(caller(analyst), self, new UserUpdate(Role.ANALYST, null)))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(auditLog.find(AuditFilter.NONE, PageRequest.FIRST).total()).isZero();
  }
}
