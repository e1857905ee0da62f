package io.insighta.application.auth;

import static io.insighta.application.auth.AuthFixture.github;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.role.Role;
import io.insighta.domain.user.UserUpdate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthenticateTest {
  private final AuthFixture fx = new AuthFixture();
  private final IssuedSession login = fx.webLogin(github(41, "grace"));

  @Test
  void roleInForceIsTheStoredOneNotTheTokens() {
    fx.users.update(login.user().id(), new UserUpdate(Role.ADMIN, null));

    assertThat(fx.authenticate.authenticate(login.accessToken()).user().role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void deactivatedUserIsDeniedOnEveryRequest() {
    fx.users.update(login.user().id(), new UserUpdate(null, false));

    assertThatThrownBy(() -> fx.authenticate.authenticate(login.accessToken()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void deactivationTakesEffectAtTheNextRequestAfterEarlierOnes() {
    fx.authenticate.authenticate(login.accessToken());

    fx.users.update(login.user().id(), new UserUpdate(null, false));

    assertThatThrownBy(() -> fx.authenticate.authenticate(login.accessToken()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void expiredOrUnknownTokenFailsAuthentication() {
    assertThatThrownBy(() -> fx.authenticate.authenticate("garbage"))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessage("Invalid or expired token");
    assertThatThrownBy(() -> fx.authenticate.authenticate(""))
        .hasMessage("Authentication required");
    fx.clock.advance(Duration.ofMinutes(3));
    assertThatThrownBy(() -> fx.authenticate.authenticate(login.accessToken()))
        .isInstanceOf(AuthenticationFailedException.class);
  }
}
