package io.insighta.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.contract.MutableClock;
import io.insighta.application.memory.InMemoryRefreshTokenStore;
import io.insighta.application.memory.InMemoryUserRepository;
import io.insighta.application.memory.InMemoryUserVersions;
import io.insighta.application.user.VersionedUserRepository;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;
import io.insighta.domain.user.UserVersions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentUsersTest {
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final CountingUsers store = new CountingUsers();
  private final InMemoryUserVersions versions = new InMemoryUserVersions();
  private final InMemoryRefreshTokenStore sessions = new InMemoryRefreshTokenStore();
  private final FamilyId session = FamilyId.random();
  private final UserRepository users = new VersionedUserRepository(store, versions);
  private final RecentUsers recent =
      new RecentUsers(users, sessions, versions, clock, Duration.ofSeconds(2));
  private final User grace =
      users.upsertOnLogin(
          new ExternalIdentity(7, "grace", null, null),
          AdminGrant.NONE,
          UserId.generate(clock),
          now());

  @Test
  void aTokenOfASessionThatEndedFindsNoUserOnceItsCopyExpires() {
    AccessClaims token = claimsFor(grace, "jti-ended");
    assertThat(recent.current(token)).contains(grace);

    sessions.revokeFamily(session);
    assertThat(recent.current(token)).contains(grace);
    clock.advance(Duration.ofSeconds(2));

    assertThat(recent.current(token)).isEmpty();
  }

  @Test
  void repeatedRequestsWithOneTokenReadTheStoreOnce() {
    AccessClaims token = claimsFor(grace, "jti-1");

    for (int i = 0; i < 5; i++) {
      assertThat(recent.current(token)).contains(grace);
    }

    assertThat(store.reads).hasValue(1);
  }

  @Test
  void aChangeMadeThroughTheStoreIsSeenAtTheNextRequest() {
    AccessClaims token = claimsFor(grace, "jti-1");
    recent.current(token);

    users.update(grace.id(), new UserUpdate(Role.ADMIN, false));

    User now = recent.current(token).orElseThrow();
    assertThat(now.role()).isEqualTo(Role.ADMIN);
    assertThat(now.active()).isFalse();
    assertThat(store.reads).hasValue(2);
  }

  @Test
  void aChangeMadeBehindTheStampsBackIsSeenOnceTheCopyExpires() {
    AccessClaims token = claimsFor(grace, "jti-1");
    recent.current(token);
    store.update(grace.id(), new UserUpdate(null, false));

    clock.advance(Duration.ofMillis(1_999));
    assertThat(recent.current(token).orElseThrow().active()).isTrue();
    clock.advance(Duration.ofMillis(1));
    assertThat(recent.current(token).orElseThrow().active()).isFalse();
  }

  @Test
  void aNewTokenReadsTheStoreSoARefreshSeesChangesMadeBehindTheStampsBack() {
    recent.current(claimsFor(grace, "jti-1"));
    store.update(grace.id(), new UserUpdate(Role.ADMIN, null));

    assertThat(recent.current(claimsFor(grace, "jti-2")).orElseThrow().role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void unknownStampsMeanEveryRequestReadsTheStore() {
    UserVersions unavailable =
        new UserVersions() {
          @Override
          public Optional<String> current(UserId id) {
            return Optional.empty();
          }

          @Override
          public void bump(UserId id) {}
        };
    RecentUsers blind = new RecentUsers(store, sessions, unavailable, clock, Duration.ofSeconds(2));
    AccessClaims token = claimsFor(grace, "jti-1");

    blind.current(token);
    blind.current(token);

    assertThat(store.reads).hasValue(2);
  }

  @Test
  void zeroTimeToLiveKeepsNothing() {
    RecentUsers uncached = new RecentUsers(users, sessions, versions, clock, Duration.ZERO);
    AccessClaims token = claimsFor(grace, "jti-1");

    uncached.current(token);
    uncached.current(token);

    assertThat(store.reads).hasValue(2);
    assertThatThrownBy(
            () -> new RecentUsers(users, sessions, versions, clock, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTokenIdPresentedForAnotherUserIsNotServedTheFirstUsersCopy() {
    User ada =
        users.upsertOnLogin(
            new ExternalIdentity(8, "ada", null, null),
            AdminGrant.NONE,
            UserId.generate(clock),
            now());
    recent.current(claimsFor(grace, "shared-jti"));

    assertThat(recent.current(claimsFor(ada, "shared-jti"))).contains(ada);
  }

  @Test
  void aDeletedOrUnknownUserIsEmpty() {
    User ghost =
        new User(
            UserId.generate(clock), -99, "ghost", null, null, Role.ANALYST, true, now(), now());

    assertThat(recent.current(claimsFor(ghost, "jti-9"))).isEmpty();
  }

  @Test
  void theCopiesStayBoundedInNumber() {
    for (int i = 0; i <= RecentUsers.MAX_ENTRIES; i++) {
      recent.current(claimsFor(grace, "jti-" + i));
    }
    int readsBefore = store.reads.get();

    recent.current(claimsFor(grace, "jti-0"));

    assertThat(store.reads.get()).isEqualTo(readsBefore + 1);
  }

  private Instant now() {
    return clock.instant();
  }

  private AccessClaims claimsFor(User user, String tokenId) {
    if (!sessions.sessionActive(session, now())) {
      sessions.store(
          RefreshToken.active(
              RefreshTokenHash.of("secret-" + session),
              session,
              user.id(),
              now(),
              now().plusSeconds(300),
              now().plusSeconds(3600)));
    }
    return new AccessClaims(
        user.id(), user.role(), session, tokenId, now(), now().plusSeconds(180));
  }

  /** The in-memory store, counting reads by id. */
  private static final class CountingUsers implements UserRepository {
    private final InMemoryUserRepository delegate = new InMemoryUserRepository();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public Optional<User> findById(UserId id) {
      reads.incrementAndGet();
      return delegate.findById(id);
    }

    @Override
    public User upsertOnLogin(
        ExternalIdentity identity, AdminGrant grant, UserId newUserId, Instant now) {
      return delegate.upsertOnLogin(identity, grant, newUserId, now);
    }

    @Override
    public Page<User> list(PageRequest request) {
      return delegate.list(request);
    }

    @Override
    public Optional<User> update(UserId id, UserUpdate update) {
      return delegate.update(id, update);
    }
  }
}
