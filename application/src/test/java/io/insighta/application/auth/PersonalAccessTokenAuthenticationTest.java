package io.insighta.application.auth;

import static io.insighta.application.auth.AuthFixture.github;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.pat.IssuedPersonalAccessToken;
import io.insighta.application.pat.NewPersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenSecret;
import io.insighta.domain.pat.TokenLifetime;
import io.insighta.domain.pat.TokenName;
import io.insighta.domain.pat.TokenScope;
import io.insighta.domain.role.Permission;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.UserUpdate;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PersonalAccessTokenAuthenticationTest {
  private final AuthFixture fx = new AuthFixture();
  private final AtomicInteger useWrites = new AtomicInteger();
  private final AuthenticatePersonalAccessTokenUseCase authenticate =
      new AuthenticatePersonalAccessTokenService(
          new UseCountingStore(fx.personalTokens, useWrites), fx.recentUsers, fx.clock);
  private final IssuedSession admin = fx.webLogin(github(7, "root"));
  private final IssuedSession analyst = fx.webLogin(github(8, "grace"));

  private IssuedPersonalAccessToken issue(IssuedSession owner, TokenScope scope, int days) {
    return fx.createPersonalToken.create(
        fx.authenticate.authenticate(owner.accessToken()),
        RequestOrigin.NONE,
        new NewPersonalAccessToken(new TokenName("ci"), scope, new TokenLifetime(days)));
  }

  private AuthenticatedUser present(IssuedPersonalAccessToken issued) {
    return authenticate.authenticate(issued.secret().value());
  }

  @Test
  void aReadTokenActsForItsOwnerWithReadingOnly() {
    AuthenticatedUser caller = present(issue(analyst, TokenScope.READ, 30));

    assertThat(caller.user().id()).isEqualTo(analyst.user().id());
    assertThat(caller.personalToken()).contains(TokenScope.READ);
    assertThat(caller.sessionId()).isNull();
    assertThat(caller.allows(Permission.READ_PROFILES)).isTrue();
    assertThat(caller.allows(Permission.READ_SELF)).isTrue();
    assertThat(caller.allows(Permission.CREATE_PROFILES)).isFalse();
    assertThat(caller.allows(Permission.MANAGE_TOKENS)).isFalse();
  }

  @Test
  void anAdminsWriteTokenWritesUntilTheOwnerIsDemoted() {
    IssuedPersonalAccessToken write = issue(admin, TokenScope.WRITE, 30);
    assertThat(admin.user().role()).isEqualTo(Role.ADMIN);
    assertThat(present(write).allows(Permission.CREATE_PROFILES)).isTrue();
    assertThat(present(write).allows(Permission.MANAGE_USERS)).isFalse();

    fx.users.update(admin.user().id(), new UserUpdate(Role.ANALYST, null));

    AuthenticatedUser demoted = present(write);
    assertThat(demoted.allows(Permission.CREATE_PROFILES)).isFalse();
    assertThat(demoted.allows(Permission.READ_PROFILES)).isTrue();
  }

  @Test
  void aRevokedTokenFailsAtTheVeryNextRequest() {
    IssuedPersonalAccessToken issued = issue(analyst, TokenScope.READ, 30);
    present(issued);

    fx.revokePersonalToken.revoke(
        fx.authenticate.authenticate(analyst.accessToken()),
        RequestOrigin.NONE,
        issued.token().id().toString());

    assertInvalid(issued.secret().value());
  }

  @Test
  void aTokenWorksUntilItsLastInstantAndFailsFromItsExpiry() {
    IssuedPersonalAccessToken issued = issue(analyst, TokenScope.READ, 1);

    fx.clock.set(issued.token().expiresAt().minusMillis(1));
    assertThat(present(issued).user().id()).isEqualTo(analyst.user().id());
    fx.clock.set(issued.token().expiresAt());
    assertInvalid(issued.secret().value());
  }

  @Test
  void aDeactivatedOwnersTokenIsDenied() {
    IssuedPersonalAccessToken issued = issue(analyst, TokenScope.READ, 30);
    present(issued);

    fx.users.update(analyst.user().id(), new UserUpdate(null, false));

    assertThatThrownBy(() -> present(issued))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Account is deactivated");
  }

  @Test
  void unknownMalformedAndSessionTokensAreInvalid() {
    assertInvalid(PersonalAccessTokenSecret.generate(new SecureRandom()).value());
    assertInvalid("insighta_pat_short");
    assertInvalid(analyst.accessToken());
    assertInvalid("");
    assertInvalid(null);
  }

  @Test
  void aUseIsWrittenAtMostOnceAMinute() {
    IssuedPersonalAccessToken issued = issue(analyst, TokenScope.READ, 30);
    Instant first = fx.clock.instant();

    present(issued);
    fx.clock.advance(Duration.ofSeconds(30));
    present(issued);
    present(issued);
    assertThat(useWrites).hasValue(1);
    assertThat(lastUse(issued.token().id())).isEqualTo(first);

    fx.clock.advance(Duration.ofSeconds(31));
    present(issued);
    assertThat(useWrites).hasValue(2);
    assertThat(lastUse(issued.token().id())).isEqualTo(fx.clock.instant());
  }

  private Instant lastUse(PersonalAccessTokenId id) {
    return fx.personalTokens.findById(id).map(PersonalAccessToken::lastUsedAt).orElseThrow();
  }

  private void assertInvalid(String presented) {
    assertThatThrownBy(() -> authenticate.authenticate(presented))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessage("Invalid or expired token");
  }
}
