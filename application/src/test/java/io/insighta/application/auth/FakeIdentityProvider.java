package io.insighta.application.auth;

import io.insighta.domain.user.AuthorizationRequest;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProvider;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.Pkce;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider that issues codes bound to a challenge and checks the verifier like GitHub.
 */
final class FakeIdentityProvider implements IdentityProvider {
  private final Map<String, AuthorizationRequest> codes = new ConcurrentHashMap<>();
  private final Map<String, ExternalIdentity> identities = new ConcurrentHashMap<>();
  private final AtomicInteger exchanges = new AtomicInteger();
  private final AtomicInteger nextCode = new AtomicInteger();
  private volatile AuthorizationRequest lastRequest;

  @Override
  public URI authorizationUrl(AuthorizationRequest request) {
    lastRequest = request;
    return URI.create("https://github.test/login/oauth/authorize?state=" + request.state());
  }

  /** What GitHub does after consent: a code for this request and this user. */
  String approve(AuthorizationRequest request, ExternalIdentity identity) {
    String code = "code" + nextCode.incrementAndGet();
    codes.put(code, request);
    identities.put(code, identity);
    return code;
  }

  @Override
  public ExternalIdentity exchange(String code, String codeVerifier, String redirectUri) {
    exchanges.incrementAndGet();
    AuthorizationRequest request = codes.remove(code);
    if (request == null
        || !request.redirectUri().equals(redirectUri)
        || !request.codeChallenge().equals(Pkce.s256Challenge(codeVerifier))) {
      throw new IdentityProviderException(
          IdentityProviderException.Kind.REJECTED, "GitHub rejected the code");
    }
    return identities.get(code);
  }

  AuthorizationRequest lastRequest() {
    return lastRequest;
  }

  int exchanges() {
    return exchanges.get();
  }
}
