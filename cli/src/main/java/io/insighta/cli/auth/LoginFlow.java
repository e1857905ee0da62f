package io.insighta.cli.auth;

import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import io.insighta.cli.http.AuthApi;
import io.insighta.cli.http.Query;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** The browser login: PKCE secrets, loopback callback with its state, code exchange, storage. */
public final class LoginFlow {
  private final String apiUrl;
  private final AuthApi auth;
  private final CredentialStore store;
  private final Clock clock;
  private final SecureRandom random;

  public LoginFlow(
      String apiUrl, AuthApi auth, CredentialStore store, Clock clock, SecureRandom random) {
    this.apiUrl = apiUrl;
    this.auth = auth;
    this.store = store;
    this.clock = clock;
    this.random = random;
  }

  /** Runs the login; {@code openBrowser} receives the sign-in URL once the listener is up. */
  public UserInfo run(int port, Duration timeout, Consumer<URI> openBrowser) {
    LoginSecrets secrets = LoginSecrets.generate(random);
    try (LoopbackServer server = LoopbackServer.start(port, secrets.state())) {
      String redirectUri = "http://127.0.0.1:" + server.port() + "/callback";
      openBrowser.accept(authorizeUrl(secrets, redirectUri));
      Map<String, String> callback = awaitCallback(server, timeout);
      String problem = problem(callback);
      if (problem != null) {
        server.reply(CallbackPage.failure(problem));
        throw new CliException(ExitCodes.API_ERROR, problem);
      }
      TokenResponse tokens;
      try {
        tokens = auth.exchange(callback.get("code"), secrets.verifier(), redirectUri);
      } catch (CliException e) {
        server.reply(CallbackPage.failure("Login failed: " + e.getMessage() + "."));
        throw new CliException(ExitCodes.API_ERROR, "Login failed: " + e.getMessage(), e);
      }
      store.save(Credentials.from(tokens, apiUrl, clock));
      server.reply(CallbackPage.success(tokens.user().username()));
      return tokens.user();
    }
  }

  URI authorizeUrl(LoginSecrets secrets, String redirectUri) {
    return URI.create(
        apiUrl
            + new Query()
                .add("client", "cli")
                .add("state", secrets.state())
                .add("code_challenge", secrets.challenge())
                .add("code_challenge_method", "S256")
                .add("redirect_uri", redirectUri)
                .appendTo("/auth/github"));
  }

  private static Map<String, String> awaitCallback(LoopbackServer server, Duration timeout) {
    try {
      return server.awaitCallback(timeout);
    } catch (TimeoutException e) {
      int strays = server.turnedAway();
      throw new CliException(
          ExitCodes.API_ERROR,
          "Timed out after "
              + timeout.toSeconds()
              + " s waiting for the browser login."
              + (strays == 0
                  ? ""
                  : " Ignored "
                      + strays
                      + (strays == 1 ? " request" : " requests")
                      + " to the callback port that did not carry this login's state.")
              + " Run `insighta login` again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCodes.API_ERROR, "Login interrupted", e);
    }
  }

  /** Why the callback (whose state the server has checked) must be rejected, or null. */
  private static String problem(Map<String, String> callback) {
    if (callback.containsKey("error")) {
      String reason = callback.getOrDefault("error_description", callback.get("error"));
      return "GitHub sign-in did not complete: " + reason;
    }
    String code = callback.get("code");
    return code == null || code.isBlank() ? "Login failed: the callback carried no code." : null;
  }
}
