package io.insighta.adapters.persistence.audit;

import static io.insighta.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static io.insighta.adapters.persistence.jooq.Tables.GITHUB_LOGINS;
import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.adapters.persistence.jooq.Tables.REFRESH_TOKENS;
import static io.insighta.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.adapters.persistence.PostgresPersistence;
import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AdminBootstrap;
import io.insighta.application.auth.AuthenticationFailedException;
import io.insighta.application.auth.IssuedSession;
import io.insighta.application.auth.LogoutRequest;
import io.insighta.application.auth.LogoutService;
import io.insighta.application.auth.RefreshSessionService;
import io.insighta.application.auth.SessionIssuer;
import io.insighta.application.auth.SignIn;
import io.insighta.application.auth.TestLoginService;
import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryUserVersions;
import io.insighta.application.profile.CreateProfileService;
import io.insighta.application.profile.DeleteProfileService;
import io.insighta.application.profile.ImportCandidate;
import io.insighta.application.profile.ImportProfilesService;
import io.insighta.application.user.UpdateUserService;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Demographics;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.AccessTokenCodec;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.TokenLifetimes;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On real PostgreSQL and real transactions: an action and its audit entry are stored together or
 * not at all. An audit store that fails undoes the action; an action that fails leaves no entry.
 */
class AuditedActionsAtomicityTest {
  private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.5", "atomic-1");
  private final DSLContext db = EmbeddedPostgresSupport.dsl();
  private final Clock clock = Clock.systemUTC();
  private final PostgresPersistence persistence =
      new PostgresPersistence(EmbeddedPostgresSupport.dataSource());
  private final TransactionRunner transactions = persistence.transactionRunner();
  private final FailingAuditLog auditLog = new FailingAuditLog(persistence.auditLog());
  private final AuditTrail audit = new AuditTrail(auditLog, clock);
  private final ProfileRepository profiles = persistence.profileRepository();
  private final UserRepository users = persistence.userRepository();
  private final RefreshTokenStore tokens = persistence.refreshTokenStore();
  private final InMemoryProfileQueryCache cache =
      new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));
  private final SessionIssuer issuer =
      new SessionIssuer(
          new OpaqueAccessTokens(), tokens, TokenLifetimes.DEFAULTS, clock, new SecureRandom());
  private final SignIn signIn =
      new SignIn(users, AdminBootstrap.NONE, issuer, transactions, audit, clock);
  private final TestLoginService testLogin = new TestLoginService(true, signIn);

  @BeforeEach
  void emptyTables() {
    db.truncate(AUDIT_LOG).execute();
    db.truncate(PROFILES).execute();
    db.truncate(USERS).cascade().execute();
    db.truncate(GITHUB_LOGINS).execute();
  }

  private CreateProfileService create() {
    return new CreateProfileService(
        profiles,
        name -> new Demographics(Gender.FEMALE, 0.98, 34, Country.ofCode("NG").orElseThrow(), 0.41),
        cache,
        transactions,
        audit,
        clock);
  }

  private ImportProfilesService importer() {
    return new ImportProfilesService(profiles, transactions, cache, audit, clock);
  }

  private IssuedSession signIn(String code) {
    return testLogin.login(code, ORIGIN).orElseThrow();
  }

  private Caller admin() {
    return new Caller(signIn("test_code").user(), ORIGIN);
  }

  private static ImportCandidate row(long line, String name) {
    return new ImportCandidate(
        line,
        null,
        name,
        "female",
        "0.9",
        "30",
        "adult",
        "NG",
        "0.5",
        "2026-03-01T08:00:00Z",
        null);
  }

  private void failsWithTheAuditStore(Runnable action) {
    auditLog.arm();
    assertThatThrownBy(action::run).hasMessage(FailingAuditLog.FAILURE);
  }

  @Test
  void aCreatedProfileAndItsEntryAreStoredTogether() {
    Caller admin = admin();

    create().create("ella", admin);

    assertThat(db.fetchCount(PROFILES)).isEqualTo(1);
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("profile.create"))).isEqualTo(1);
  }

  @Test
  void aFailingAuditStoreLeavesNoProfileCreatedDeletedOrImported() {
    Caller admin = admin();
    Profile kept = create().create("kept", admin).profile();

    failsWithTheAuditStore(() -> create().create("ella", admin));
    failsWithTheAuditStore(
        () ->
            new DeleteProfileService(profiles, cache, transactions, audit)
                .delete(kept.id().toString(), admin));
    failsWithTheAuditStore(
        () -> importer().importAll(List.of(row(1, "ada"), row(2, "bola")).iterator(), admin));

    assertThat(db.select(PROFILES.NAME).from(PROFILES).fetch(PROFILES.NAME))
        .containsExactly("kept");
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.like("profile.%"))).isEqualTo(1);
  }

  @Test
  void aFailingAuditStoreLeavesNoUserNoLoginAndNoSessionFromASignIn() {
    failsWithTheAuditStore(() -> signIn("test_code"));

    assertThat(db.fetchCount(USERS)).isZero();
    assertThat(db.fetchCount(GITHUB_LOGINS)).isZero();
    assertThat(db.fetchCount(REFRESH_TOKENS)).isZero();
    assertThat(db.fetchCount(AUDIT_LOG)).isZero();
  }

  @Test
  void aFailingAuditStoreLeavesAUserUnchanged() {
    Caller admin = admin();
    User analyst = signIn("analyst_test_code").user();
    UpdateUserService update =
        new UpdateUserService(users, transactions, audit, new InMemoryUserVersions());

    failsWithTheAuditStore(
        () -> update.update(admin, analyst.id().toString(), new UserUpdate(Role.ADMIN, false)));

    assertThat(users.findById(analyst.id())).contains(analyst);
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("user.update"))).isZero();
  }

  @Test
  void aFailingAuditStoreLeavesTheSessionOfALogoutOrAReuseAlive() {
    IssuedSession login = signIn("analyst_test_code");
    FamilyId family = FamilyId.parse(login.sessionId()).orElseThrow();
    RefreshSessionService refresh =
        new RefreshSessionService(tokens, users, issuer, transactions, audit, clock);
    IssuedSession next = refresh.refresh(login.refreshToken(), ORIGIN);

    failsWithTheAuditStore(
        () ->
            new LogoutService(tokens, users, transactions, audit, clock)
                .logout(new LogoutRequest(next.refreshToken(), null), Caller.SERVER));
    failsWithTheAuditStore(() -> refresh.refresh(login.refreshToken(), ORIGIN));

    assertThat(tokens.sessionActive(family, clock.instant())).isTrue();
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.ne("session.sign_in"))).isZero();
  }

  @Test
  void aDetectedReuseIsRevokedAndRecordedTogetherThoughItAnswers401() {
    IssuedSession login = signIn("analyst_test_code");
    RefreshSessionService refresh =
        new RefreshSessionService(tokens, users, issuer, transactions, audit, clock);
    refresh.refresh(login.refreshToken(), ORIGIN);

    assertThatThrownBy(() -> refresh.refresh(login.refreshToken(), ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);

    assertThat(
            tokens.sessionActive(FamilyId.parse(login.sessionId()).orElseThrow(), clock.instant()))
        .isFalse();
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("session.reuse_detected")))
        .isEqualTo(1);
  }

  @Test
  void aFailedActionWritesNoEntry() {
    Caller admin = admin();
    Iterator<ImportCandidate> good = List.of(row(1, "ada"), row(2, "bola")).iterator();
    Iterator<ImportCandidate> cutOff =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            if (good.hasNext()) {
              return true;
            }
            throw new IllegalStateException("body cut off");
          }

          @Override
          public ImportCandidate next() {
            return good.next();
          }
        };
    User analyst = signIn("analyst_test_code").user();
    users.update(analyst.id(), new UserUpdate(null, false));
    long entriesBefore = db.fetchCount(AUDIT_LOG);

    assertThatThrownBy(() -> importer().importAll(cutOff, admin)).hasMessage("body cut off");
    assertThatThrownBy(() -> signIn("analyst_test_code")).isInstanceOf(AccessDeniedException.class);

    assertThat(db.fetchCount(PROFILES)).isZero();
    assertThat(db.fetchCount(AUDIT_LOG)).isEqualTo(entriesBefore);
    assertThat(users.findById(analyst.id()).orElseThrow().lastLoginAt())
        .isEqualTo(analyst.lastLoginAt());
  }

  /** Access tokens are beside the point here: any unique text will do. */
  private static final class OpaqueAccessTokens implements AccessTokenCodec {
    @Override
    public String issue(AccessClaims claims) {
      return "access-" + claims.tokenId();
    }

    @Override
    public AccessClaims verify(String token) {
      throw new UnsupportedOperationException("not needed by these tests");
    }
  }
}
