package io.insighta.application.pat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.application.contract.MutableClock;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryPersonalAccessTokenStore;
import io.insighta.application.memory.InMemoryUserRepository;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.pat.TokenLifetime;
import io.insighta.domain.pat.TokenName;
import io.insighta.domain.pat.TokenScope;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalAccessTokenManagementTest {
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "req-1");
  private final TransactionProbe transactions = new TransactionProbe();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final AuditTrail audit = new AuditTrail(auditLog, clock);
  private final PersonalAccessTokenStore store =
      transactions.around(new InMemoryPersonalAccessTokenStore());
  private final CreatePersonalAccessTokenUseCase create =
      new CreatePersonalAccessTokenService(store, transactions, audit, clock, new SecureRandom());
  private final ListPersonalAccessTokensUseCase list = new ListPersonalAccessTokensService(store);
  private final RevokePersonalAccessTokenUseCase revoke =
      new RevokePersonalAccessTokenService(store, transactions, audit, clock);
  private final AuthenticatedUser admin = signIn(1, "root", AdminGrant.ALWAYS);
  private final AuthenticatedUser analyst = signIn(2, "ada", AdminGrant.NONE);
  private final AuthenticatedUser otherAnalyst = signIn(3, "bob", AdminGrant.NONE);

  private AuthenticatedUser signIn(long githubId, String login, AdminGrant grant) {
    return new AuthenticatedUser(
        users.upsertOnLogin(
            new ExternalIdentity(githubId, login, null, null),
            grant,
            UserId.generate(clock),
            clock.instant()),
        "session-" + githubId);
  }

  private static NewPersonalAccessToken request(String name, TokenScope scope) {
    return new NewPersonalAccessToken(new TokenName(name), scope, TokenLifetime.DEFAULT);
  }

  @Test
  void aNewTokenIsTheCallersWithItsSecretHashedAndExpiresInThirtyDays() {
    IssuedPersonalAccessToken issued =
        create.create(analyst, ORIGIN, request("ci", TokenScope.READ));

    PersonalAccessToken token = issued.token();
    assertThat(token.ownerId()).isEqualTo(analyst.user().id());
    assertThat(token.hash()).isEqualTo(issued.secret().hash());
    assertThat(token.createdAt()).isEqualTo(clock.instant());
    assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    assertThat(token.lastUsedAt()).isNull();
    assertThat(store.findByHash(issued.secret().hash())).contains(token);
    assertThat(transactions.writesInside()).containsExactly("insert");
    assertThat(transactions.writesOutside()).isEmpty();
  }

  @Test
  void onlyAnAdminGetsTheWriteScope() {
    assertThat(create.create(admin, ORIGIN, request("deploy", TokenScope.WRITE)).token().scope())
        .isEqualTo(TokenScope.WRITE);

    assertThatThrownBy(() -> create.create(analyst, ORIGIN, request("deploy", TokenScope.WRITE)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("The write scope requires the admin role");
    assertThat(list.list(analyst)).isEmpty();
  }

  @Test
  void aPersonalTokenCanNeitherMintNorListNorRevokeTokens() {
    PersonalAccessToken token =
        create.create(admin, ORIGIN, request("ci", TokenScope.WRITE)).token();
    AuthenticatedUser viaToken = AuthenticatedUser.withPersonalToken(admin.user(), token.scope());

    assertThatThrownBy(() -> create.create(viaToken, ORIGIN, request("more", TokenScope.READ)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Forbidden");
    assertThatThrownBy(() -> list.list(viaToken)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> revoke.revoke(viaToken, ORIGIN, token.id().toString()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(list.list(admin)).containsExactly(token);
  }

  @Test
  void theListIsTheCallersOwnUnrevokedTokensNewestFirst() {
    PersonalAccessToken first =
        create.create(analyst, ORIGIN, request("first", TokenScope.READ)).token();
    clock.advance(Duration.ofSeconds(1));
    PersonalAccessToken second =
        create.create(analyst, ORIGIN, request("second", TokenScope.READ)).token();
    clock.advance(Duration.ofSeconds(1));
    PersonalAccessToken gone =
        create.create(analyst, ORIGIN, request("gone", TokenScope.READ)).token();
    create.create(otherAnalyst, ORIGIN, request("theirs", TokenScope.READ));
    revoke.revoke(analyst, ORIGIN, gone.id().toString());

    assertThat(list.list(analyst)).containsExactly(second, first);
  }

  @Test
  void theOwnerRevokesInATransactionAndASecondRevocationFindsNothing() {
    PersonalAccessToken token =
        create.create(analyst, ORIGIN, request("ci", TokenScope.READ)).token();
    clock.advance(Duration.ofSeconds(5));

    PersonalAccessToken revoked = revoke.revoke(analyst, ORIGIN, token.id().toString());

    assertThat(revoked.id()).isEqualTo(token.id());
    assertThat(store.findById(token.id()).orElseThrow().revokedAt()).isEqualTo(clock.instant());
    assertThat(transactions.writesInside()).containsExactly("insert", "revoke");
    assertThatThrownBy(() -> revoke.revoke(analyst, ORIGIN, token.id().toString()))
        .isInstanceOf(PersonalAccessTokenNotFoundException.class)
        .hasMessage("Token not found");
  }

  @Test
  void anotherAnalystCannotSeeTheTokenButAnAdminRevokesIt() {
    PersonalAccessToken token =
        create.create(analyst, ORIGIN, request("ci", TokenScope.READ)).token();

    assertThatThrownBy(() -> revoke.revoke(otherAnalyst, ORIGIN, token.id().toString()))
        .isInstanceOf(PersonalAccessTokenNotFoundException.class);
    assertThat(store.findById(token.id()).orElseThrow().revoked()).isFalse();

    revoke.revoke(admin, ORIGIN, token.id().toString());
    assertThat(store.findById(token.id()).orElseThrow().revoked()).isTrue();
  }

  @Test
  void unknownOrMalformedIdsAreNotFound() {
    for (String id :
        new String[] {"nope", "", "0-0-0-0-0", UserId.generate(clock).toString(), "%00"}) {
      assertThatThrownBy(() -> revoke.revoke(admin, ORIGIN, id))
          .as(id)
          .isInstanceOf(PersonalAccessTokenNotFoundException.class);
    }
  }

  @Test
  void creatingAndRevokingATokenEachRecordOneAuditEntryThatNamesButNeverRevealsIt() {
    IssuedPersonalAccessToken issued =
        create.create(admin, ORIGIN, request("ci", TokenScope.WRITE));
    revoke.revoke(admin, ORIGIN, issued.token().id().toString());

    List<AuditEntry> entries = auditLog.find(AuditFilter.NONE, PageRequest.FIRST).items();
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.TOKEN_REVOKE, AuditAction.TOKEN_CREATE);
    for (AuditEntry entry : entries) {
      assertThat(entry.target().id()).isEqualTo(issued.token().id().toString());
      assertThat(entry.ip()).isEqualTo("203.0.113.9");
      assertThat(entry.details().values())
          .containsEntry("name", "ci")
          .containsEntry("scope", "write")
          .containsEntry("owner_id", admin.user().id().value().toString());
      assertThat(entry.details().values().toString())
          .doesNotContain(issued.secret().value())
          .doesNotContain(issued.secret().hash().hex());
    }
  }
}
