package io.insighta.application.pat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.application.contract.MutableClock;
import io.insighta.application.memory.InMemoryPersonalAccessTokenStore;
import io.insighta.application.memory.InMemoryUserRepository;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.pat.TokenLifetime;
import io.insighta.domain.pat.TokenName;
import io.insighta.domain.pat.TokenScope;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PersonalAccessTokenManagementTest {
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final TransactionProbe transactions = new TransactionProbe();
  private final PersonalAccessTokenStore store =
      transactions.around(new InMemoryPersonalAccessTokenStore());
  private final CreatePersonalAccessTokenUseCase create =
      new CreatePersonalAccessTokenService(store, transactions, clock, new SecureRandom());
  private final ListPersonalAccessTokensUseCase list = new ListPersonalAccessTokensService(store);
  private final RevokePersonalAccessTokenUseCase revoke =
      new RevokePersonalAccessTokenService(store, transactions, clock);
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
    IssuedPersonalAccessToken issued = create.create(analyst, request("ci", TokenScope.READ));

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
    assertThat(create.create(admin, request("deploy", TokenScope.WRITE)).token().scope())
        .isEqualTo(TokenScope.WRITE);

    assertThatThrownBy(() -> create.create(analyst, request("deploy", TokenScope.WRITE)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("The write scope requires the admin role");
    assertThat(list.list(analyst)).isEmpty();
  }

  @Test
  void aPersonalTokenCanNeitherMintNorListNorRevokeTokens() {
    PersonalAccessToken token = create.create(admin, request("ci", TokenScope.WRITE)).token();
    AuthenticatedUser viaToken = AuthenticatedUser.withPersonalToken(admin.user(), token.scope());

    assertThatThrownBy(() -> create.create(viaToken, request("more", TokenScope.READ)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Forbidden");
    assertThatThrownBy(() -> list.list(viaToken)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> revoke.revoke(viaToken, token.id().toString()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(list.list(admin)).containsExactly(token);
  }

  @Test
  void theListIsTheCallersOwnUnrevokedTokensNewestFirst() {
    PersonalAccessToken first = create.create(analyst, request("first", TokenScope.READ)).token();
    clock.advance(Duration.ofSeconds(1));
    PersonalAccessToken second = create.create(analyst, request("second", TokenScope.READ)).token();
    clock.advance(Duration.ofSeconds(1));
    PersonalAccessToken gone = create.create(analyst, request("gone", TokenScope.READ)).token();
    create.create(otherAnalyst, request("theirs", TokenScope.READ));
    revoke.revoke(analyst, gone.id().toString());

    assertThat(list.list(analyst)).containsExactly(second, first);
  }

  @Test
  void theOwnerRevokesInATransactionAndASecondRevocationFindsNothing() {
    PersonalAccessToken token = create.create(analyst, request("ci", TokenScope.READ)).token();
    clock.advance(Duration.ofSeconds(5));

    PersonalAccessToken revoked = revoke.revoke(analyst, token.id().toString());

    assertThat(revoked.id()).isEqualTo(token.id());
    assertThat(store.findById(token.id()).orElseThrow().revokedAt()).isEqualTo(clock.instant());
    assertThat(transactions.writesInside()).containsExactly("insert", "revoke");
    assertThatThrownBy(() -> revoke.revoke(analyst, token.id().toString()))
        .isInstanceOf(PersonalAccessTokenNotFoundException.class)
        .hasMessage("Token not found");
  }

  @Test
  void anotherAnalystCannotSeeTheTokenButAnAdminRevokesIt() {
    PersonalAccessToken token = create.create(analyst, request("ci", TokenScope.READ)).token();

    assertThatThrownBy(() -> revoke.revoke(otherAnalyst, token.id().toString()))
        .isInstanceOf(PersonalAccessTokenNotFoundException.class);
    assertThat(store.findById(token.id()).orElseThrow().revoked()).isFalse();

    revoke.revoke(admin, token.id().toString());
    assertThat(store.findById(token.id()).orElseThrow().revoked()).isTrue();
  }

  @Test
  void unknownOrMalformedIdsAreNotFound() {
    for (String id :
        new String[] {"nope", "", "0-0-0-0-0", UserId.generate(clock).toString(), "%00"}) {
      assertThatThrownBy(() -> revoke.revoke(admin, id))
          .as(id)
          .isInstanceOf(PersonalAccessTokenNotFoundException.class);
    }
  }
}
