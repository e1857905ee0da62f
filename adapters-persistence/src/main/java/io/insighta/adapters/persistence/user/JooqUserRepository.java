package io.insighta.adapters.persistence.user;

import static io.insighta.adapters.persistence.jooq.Tables.GITHUB_LOGINS;
import static io.insighta.adapters.persistence.jooq.Tables.USERS;

import io.insighta.adapters.persistence.ReadRetry;
import io.insighta.adapters.persistence.Timestamps;
import io.insighta.adapters.persistence.jooq.tables.records.UsersRecord;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Users in PostgreSQL; sign-in claims the login in {@code github_logins} and then is one {@code
 * INSERT ... ON CONFLICT (github_id) DO UPDATE}.
 */
public final class JooqUserRepository implements UserRepository {
  private final DSLContext dsl;
  private final ReadRetry reads;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqUserRepository(DSLContext dsl) {
    this(dsl, ReadRetry.withoutEviction());
  }

  /** Also takes how its reads are retried when their connection is lost. */
  public JooqUserRepository(DSLContext dsl, ReadRetry reads) {
    this.dsl = dsl;
    this.reads = reads;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return reads.read(
        () ->
            dsl.selectFrom(USERS)
                .where(USERS.ID.eq(id.value()))
                .fetchOptional()
                .map(UserRecordMapper::toUser));
  }

  @Override
  public User upsertOnLogin(
      ExternalIdentity identity, AdminGrant grant, UserId newUserId, Instant now) {
    boolean firstWithLogin = claimLogin(identity, now) == identity.githubId();
    boolean adminIfNew = grant.makesNewAccountAdmin(firstWithLogin);
    Field<String> roleOnConflict =
        grant.promotesExistingAccount() ? DSL.val(Role.ADMIN.code()) : USERS.ROLE;
    UsersRecord row =
        dsl.insertInto(USERS)
            .set(USERS.ID, newUserId.value())
            .set(USERS.GITHUB_ID, identity.githubId())
            .set(USERS.USERNAME, identity.login())
            .set(USERS.EMAIL, identity.email())
            .set(USERS.AVATAR_URL, identity.avatarUrl())
            .set(USERS.ROLE, (adminIfNew ? Role.ADMIN : Role.ANALYST).code())
            .set(USERS.IS_ACTIVE, true)
            .set(USERS.LAST_LOGIN_AT, Timestamps.toDb(now))
            .set(USERS.CREATED_AT, Timestamps.toDb(now))
            .onConflict(USERS.GITHUB_ID)
            .doUpdate()
            .set(USERS.USERNAME, DSL.excluded(USERS.USERNAME))
            .set(USERS.EMAIL, DSL.excluded(USERS.EMAIL))
            .set(USERS.AVATAR_URL, DSL.excluded(USERS.AVATAR_URL))
            .set(USERS.LAST_LOGIN_AT, DSL.excluded(USERS.LAST_LOGIN_AT))
            .set(USERS.ROLE, roleOnConflict)
            .returning()
            .fetchSingle();
    return UserRecordMapper.toUser(row);
  }

  /** The GitHub id that first signed in with this login, recording {@code identity} if none. */
  private long claimLogin(ExternalIdentity identity, Instant now) {
    String login = identity.login().toLowerCase(Locale.ROOT);
    dsl.insertInto(GITHUB_LOGINS)
        .set(GITHUB_LOGINS.LOGIN, login)
        .set(GITHUB_LOGINS.GITHUB_ID, identity.githubId())
        .set(GITHUB_LOGINS.FIRST_SEEN_AT, Timestamps.toDb(now))
        .onConflict(GITHUB_LOGINS.LOGIN)
        .doNothing()
        .execute();
    return dsl.select(GITHUB_LOGINS.GITHUB_ID)
        .from(GITHUB_LOGINS)
        .where(GITHUB_LOGINS.LOGIN.eq(login))
        .fetchSingle(GITHUB_LOGINS.GITHUB_ID);
  }

  @Override
  public Page<User> list(PageRequest request) {
    return reads.read(() -> page(request));
  }

  private Page<User> page(PageRequest request) {
    long total = dsl.fetchCount(USERS);
    List<User> users =
        dsl.selectFrom(USERS)
            .orderBy(USERS.CREATED_AT, USERS.ID)
            .offset(request.offset())
            .limit(request.limit())
            .fetch(UserRecordMapper::toUser);
    return new Page<>(users, total, request);
  }

  @Override
  public Optional<User> update(UserId id, UserUpdate update) {
    UsersRecord changes = new UsersRecord();
    update.newRole().ifPresent(role -> changes.setRole(role.code()));
    update.newActive().ifPresent(changes::setIsActive);
    return dsl.update(USERS)
        .set(changes)
        .where(USERS.ID.eq(id.value()))
        .returning()
        .fetchOptional()
        .map(UserRecordMapper::toUser);
  }
}
