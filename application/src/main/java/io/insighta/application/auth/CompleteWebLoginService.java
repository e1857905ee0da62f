package io.insighta.application.auth;

import io.insighta.application.audit.RequestOrigin;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProvider;
import io.insighta.domain.user.LoginState;
import io.insighta.domain.user.LoginStateStore;
import java.time.Clock;

/** Consumes the state before calling GitHub, so a replayed callback never reaches the provider. */
public final class CompleteWebLoginService implements CompleteWebLoginUseCase {
  private final LoginStateStore states;
  private final IdentityProvider provider;
  private final SignIn signIn;
  private final Clock clock;

  public CompleteWebLoginService(
      LoginStateStore states, IdentityProvider provider, SignIn signIn, Clock clock) {
    this.states = states;
    this.provider = provider;
    this.signIn = signIn;
    this.clock = clock;
  }

  @Override
  public IssuedSession complete(String state, String code, RequestOrigin origin) {
    if (state == null || state.isBlank()) {
      throw new BadAuthRequestException("Missing state");
    }
    AuthorizationCode.require(code);
    LoginState pending =
        states
            .consume(state, clock.instant())
            .orElseThrow(() -> new BadAuthRequestException("Invalid or expired state"));
    ExternalIdentity identity =
        provider.exchange(code, pending.codeVerifier(), pending.redirectUri());
    return signIn.withGithubIdentity(identity, SignInClient.WEB, origin);
  }
}
