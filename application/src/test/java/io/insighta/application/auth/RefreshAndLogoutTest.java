package io.insighta.application.auth;

import static io.insighta.application.auth.AuthFixture.github;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.contract.Concurrently;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.UserUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefreshAndLogoutTest {
  private final AuthFixture fx = new AuthFixture();
  private final IssuedSession login = fx.webLogin(github(31, "ada"));

  @Test
  void refreshAnswersANewPairInTheSameSession() {
    IssuedSession next = fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN);

    assertThat(next.refreshToken()).isNotEqualTo(login.refreshToken());
    assertThat(next.accessToken()).isNotEqualTo(login.accessToken());
    assertThat(next.sessionId()).isEqualTo(login.sessionId());
    assertThat(fx.authenticate.authenticate(next.accessToken()).user().id())
        .isEqualTo(login.user().id());
  }

  @Test
  void rotatedRefreshTokenReuseRevokesFamily() {
    IssuedSession next = fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN);

    assertThatThrownBy(() -> fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessage("Invalid or expired token");
    assertThatThrownBy(() -> fx.refresh.refresh(next.refreshToken(), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void expiredRefreshTokenIsRefused() {
    fx.clock.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void missingOrRandomRefreshTokenIsRefused() {
    assertThatThrownBy(() -> fx.refresh.refresh(null, AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessage("Authentication required");
    assertThatThrownBy(() -> fx.refresh.refresh("x".repeat(43), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
    assertThatThrownBy(() -> fx.refresh.refresh("x".repeat(10_000), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void refreshRereadsTheRole() {
    fx.users.update(login.user().id(), new UserUpdate(Role.ADMIN, null));

    IssuedSession next = fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN);

    assertThat(next.user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void deactivatedUserCannotRefreshAndLosesTheSession() {
    fx.users.update(login.user().id(), new UserUpdate(null, false));

    assertThatThrownBy(() -> fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN))
        .isInstanceOf(AccessDeniedException.class);
    fx.users.update(login.user().id(), new UserUpdate(null, true));
    assertThat(fx.lookup.sessionOf(login.refreshToken())).contains(login.sessionId());
    assertThatThrownBy(() -> fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void tenConcurrentRefreshesHaveOneWinner() throws Exception {
    List<Boolean> won =
        Concurrently.run(
            10,
            i -> {
              try {
                fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN);
                return true;
              } catch (AuthenticationFailedException e) {
                return false;
              }
            });

    assertThat(won).filteredOn(Boolean::booleanValue).hasSize(1);
  }

  @Test
  void logoutWithTheRefreshTokenEndsTheSession() {
    fx.logout.logout(new LogoutRequest(login.refreshToken(), null), AuthFixture.CALLER);

    assertThatThrownBy(() -> fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void logoutWithTheSessionIdEndsTheSession() {
    fx.logout.logout(new LogoutRequest(null, login.sessionId()), AuthFixture.CALLER);

    assertThatThrownBy(() -> fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void logoutOfNothingIsHarmless() {
    fx.logout.logout(new LogoutRequest("unknown-token", "not-a-uuid"), AuthFixture.CALLER);

    assertThat(fx.refresh.refresh(login.refreshToken(), AuthFixture.ORIGIN)).isNotNull();
  }

  @Test
  void lookupFindsNoSessionForUnknownTokens() {
    assertThat(fx.lookup.sessionOf("unknown")).isEqualTo(Optional.empty());
    assertThat(fx.lookup.sessionOf(null)).isEmpty();
  }
}
