package io.insighta.application.auth;

import io.insighta.domain.user.AuthorizationRequest;
import io.insighta.domain.user.IdentityProvider;
import io.insighta.domain.user.LoginState;
import io.insighta.domain.user.LoginStateStore;
import io.insighta.domain.user.Pkce;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Generates state and verifier, stores them, and builds GitHub's authorize URL with the S256
 * challenge.
 */
public final class BeginWebLoginService implements BeginWebLoginUseCase {
  /** GitHub's authorization codes also live 10 minutes; a longer state would buy nothing. */
  public static final Duration STATE_TTL = Duration.ofMinutes(10);

  private final IdentityProvider provider;
  private final LoginStateStore states;
  private final Clock clock;
  private final SecureRandom random;

  public BeginWebLoginService(
      IdentityProvider provider, LoginStateStore states, Clock clock, SecureRandom random) {
    this.provider = provider;
    this.states = states;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public WebLoginStart begin(String redirectUri) {
    String state = Pkce.newState(random);
    String verifier = Pkce.newVerifier(random);
    URI url =
        provider.authorizationUrl(
            new AuthorizationRequest(state, Pkce.s256Challenge(verifier), redirectUri));
    states.save(new LoginState(state, verifier, redirectUri, clock.instant().plus(STATE_TTL)));
    return new WebLoginStart(url, state, STATE_TTL);
  }
}
