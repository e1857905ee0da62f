package io.insighta.application.auth;

import static io.insighta.application.auth.AuthFixture.WEB_CALLBACK;
import static io.insighta.application.auth.AuthFixture.github;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.role.Role;
import io.insighta.domain.user.AuthorizationRequest;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.UserUpdate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebLoginTest {
  private final AuthFixture fx = new AuthFixture();

  @Test
  void beginSendsTheS256ChallengeAndTheConfiguredCallback() {
    WebLoginStart start = fx.beginWeb.begin(WEB_CALLBACK);

    AuthorizationRequest sent = fx.github.lastRequest();
    assertThat(sent.state()).isEqualTo(start.state()).hasSize(43);
    assertThat(sent.codeChallenge()).hasSize(43);
    assertThat(sent.redirectUri()).isEqualTo(WEB_CALLBACK);
    assertThat(start.stateTtl()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void completedLoginCreatesAnAnalystWithAWorkingSession() {
    IssuedSession session = fx.webLogin(github(7, "ada"));

    assertThat(session.user().role()).isEqualTo(Role.ANALYST);
    assertThat(session.refreshToken()).hasSize(43);
    assertThat(fx.authenticate.authenticate(session.accessToken()).user())
        .isEqualTo(session.user());
    assertThat(fx.authenticate.authenticate(session.accessToken()).sessionId())
        .isEqualTo(session.sessionId());
  }

  @Test
  void loginOnTheAdminListBecomesAdminWhateverTheCase() {
    assertThat(fx.webLogin(github(8, "ROOT")).user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void stateIsOneTime() {
    WebLoginStart start = fx.beginWeb.begin(WEB_CALLBACK);
    String code = fx.github.approve(fx.github.lastRequest(), github(9, "eve"));
    fx.completeWeb.complete(start.state(), code, AuthFixture.ORIGIN);

    assertThatThrownBy(() -> fx.completeWeb.complete(start.state(), code, AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessage("Invalid or expired state");
    assertThat(fx.github.exchanges()).isEqualTo(1);
  }

  @Test
  void stateExpiresAfterTenMinutes() {
    WebLoginStart start = fx.beginWeb.begin(WEB_CALLBACK);
    String code = fx.github.approve(fx.github.lastRequest(), github(10, "late"));
    fx.clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> fx.completeWeb.complete(start.state(), code, AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class);
  }

  @Test
  void missingOrUnknownStateIsRefusedBeforeGithubIsCalled() {
    assertThatThrownBy(() -> fx.completeWeb.complete(null, "abc", AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessage("Missing state");
    assertThatThrownBy(
            () -> fx.completeWeb.complete("forged-state-value", "abc", AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class);
    assertThatThrownBy(
            () -> fx.completeWeb.complete("forged-state-value", null, AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessage("Missing code");
    assertThat(fx.github.exchanges()).isZero();
  }

  @Test
  void codeRejectedByGithubCreatesNoUser() {
    WebLoginStart start = fx.beginWeb.begin(WEB_CALLBACK);

    assertThatThrownBy(
            () -> fx.completeWeb.complete(start.state(), "never-issued", AuthFixture.ORIGIN))
        .isInstanceOf(IdentityProviderException.class);
    assertThat(fx.users.list(io.insighta.domain.query.PageRequest.FIRST).total()).isZero();
  }

  @Test
  void deactivatedUserCannotSignIn() {
    IssuedSession first = fx.webLogin(github(11, "mallory"));
    fx.users.update(first.user().id(), new UserUpdate(null, false));

    assertThatThrownBy(() -> fx.webLogin(github(11, "mallory")))
        .isInstanceOf(AccessDeniedException.class);
  }
}
