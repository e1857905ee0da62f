package io.insighta.application.auth;

import static io.insighta.application.auth.AuthFixture.CLI_CALLBACK;
import static io.insighta.application.auth.AuthFixture.ORIGIN;
import static io.insighta.application.auth.AuthFixture.github;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.user.Pkce;
import io.insighta.domain.user.UserUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-in, sign-out and refresh-token reuse each leave one audit entry, and only when they act. */
class SessionAuditTest {
  private final AuthFixture fx = new AuthFixture();

  private List<AuditEntry> entries(AuditAction action) {
    return fx.auditLog
        .find(new AuditFilter(action, null, null, null), new PageRequest(1, 50))
        .items();
  }

  private static AuditTarget session(IssuedSession session) {
    return AuditTarget.of(AuditTargetType.SESSION, session.sessionId());
  }

  @Test
  void aWebSignInIsRecordedWithItsUserSessionAndOrigin() {
    IssuedSession login = fx.webLogin(github(41, "ada"));

    AuditEntry entry = entries(AuditAction.SESSION_SIGN_IN).get(0);
    assertThat(entry.actor()).isEqualTo(AuditActor.of(login.user()));
    assertThat(entry.target()).isEqualTo(session(login));
    assertThat(entry.ip()).isEqualTo(ORIGIN.ip());
    assertThat(entry.requestId()).isEqualTo(ORIGIN.requestId());
    assertThat(entry.details()).isEqualTo(AuditDetails.of("client", "web"));
  }

  @Test
  void cliAndTestSignInsNameTheirClient() {
    String verifier = "v".repeat(43);
    fx.beginCli.begin(
        new CliLoginRequest(
            "cli-state-0123456789abcdef", Pkce.s256Challenge(verifier), "S256", CLI_CALLBACK));
    String code = fx.github.approve(fx.github.lastRequest(), github(42, "cli-user"));
    fx.completeCli.complete(new CliCallback(code, verifier, CLI_CALLBACK), ORIGIN);
    new TestLoginService(true, fx.signIn).login("analyst_test_code", ORIGIN);

    assertThat(entries(AuditAction.SESSION_SIGN_IN))
        .extracting(entry -> entry.details().values().get("client"))
        .containsExactlyInAnyOrder("cli", "test");
  }

  @Test
  void aRefusedSignInRecordsNothing() {
    IssuedSession first = fx.webLogin(github(43, "mallory"));
    fx.users.update(first.user().id(), new UserUpdate(null, false));

    assertThatThrownBy(() -> fx.webLogin(github(43, "mallory")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(entries(AuditAction.SESSION_SIGN_IN)).hasSize(1);
  }

  @Test
  void logoutRecordsTheSessionItEndsOnceAttributedToItsOwner() {
    IssuedSession login = fx.webLogin(github(44, "grace"));
    Caller anonymous = new Caller(null, new RequestOrigin("192.0.2.44", "logout-1"));

    fx.logout.logout(new LogoutRequest(login.refreshToken(), null), anonymous);
    fx.logout.logout(new LogoutRequest(login.refreshToken(), login.sessionId()), anonymous);

    AuditEntry entry = entries(AuditAction.SESSION_SIGN_OUT).get(0);
    assertThat(entries(AuditAction.SESSION_SIGN_OUT)).hasSize(1);
    assertThat(entry.actor()).isEqualTo(AuditActor.of(login.user()));
    assertThat(entry.target()).isEqualTo(session(login));
    assertThat(entry.ip()).isEqualTo("192.0.2.44");
    assertThat(entry.requestId()).isEqualTo("logout-1");
  }

  @Test
  void logoutByAccessTokenSessionIsAttributedToTheCaller() {
    IssuedSession login = fx.webLogin(github(45, "linus"));

    fx.logout.logout(new LogoutRequest(null, login.sessionId()), new Caller(login.user(), ORIGIN));

    assertThat(entries(AuditAction.SESSION_SIGN_OUT))
        .singleElement()
        .extracting(AuditEntry::actor)
        .isEqualTo(AuditActor.of(login.user()));
  }

  @Test
  void reuseOfARotatedTokenRevokesTheFamilyAndIsRecorded() {
    IssuedSession login = fx.webLogin(github(46, "victim"));
    IssuedSession next = fx.refresh.refresh(login.refreshToken(), ORIGIN);
    RequestOrigin thief = new RequestOrigin("203.0.113.66", "replay-1");

    assertThatThrownBy(() -> fx.refresh.refresh(login.refreshToken(), thief))
        .isInstanceOf(AuthenticationFailedException.class);

    assertThatThrownBy(() -> fx.refresh.refresh(next.refreshToken(), ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);
    AuditEntry entry = entries(AuditAction.SESSION_REUSE_DETECTED).get(0);
    assertThat(entries(AuditAction.SESSION_REUSE_DETECTED)).hasSize(1);
    assertThat(entry.actor()).isEqualTo(AuditActor.of(login.user()));
    assertThat(entry.target()).isEqualTo(session(login));
    assertThat(entry.ip()).isEqualTo("203.0.113.66");
    assertThat(entry.requestId()).isEqualTo("replay-1");
  }

  @Test
  void anOrdinaryRefreshOrAnUnknownTokenRecordsNothing() {
    IssuedSession login = fx.webLogin(github(47, "quiet"));

    fx.refresh.refresh(login.refreshToken(), ORIGIN);
    assertThatThrownBy(() -> fx.refresh.refresh("y".repeat(43), ORIGIN))
        .isInstanceOf(AuthenticationFailedException.class);

    assertThat(fx.auditLog.find(AuditFilter.NONE, PageRequest.FIRST).items())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.SESSION_SIGN_IN);
  }
}
