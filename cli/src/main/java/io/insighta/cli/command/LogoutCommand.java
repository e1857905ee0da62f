package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.CliException;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.Credentials;
import io.insighta.cli.http.AuthApi;
import io.insighta.cli.http.HttpTransport;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code insighta logout}: revokes the refresh token on the server and forgets the tokens. */
@Command(name = "logout", description = "Revoke the session on the server and delete it locally.")
public final class LogoutCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ApiOptions api;

  LogoutCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PersonalTokenNotice.warnIfSet(
        context,
        "logout ends only the stored login, and commands keep using the personal access token"
            + " (revoke it with: insighta tokens revoke ID, or unset INSIGHTA_TOKEN).");
    CredentialStore store = context.credentials();
    Optional<Credentials> stored;
    try {
      stored = store.load();
    } catch (CliException unreadable) {
      stored = Optional.empty();
    }
    if (stored.isEmpty()) {
      boolean deleted = store.delete();
      context.out().println(deleted ? "Deleted unreadable credentials." : "Not logged in.");
      return 0;
    }
    Credentials found = stored.get();
    String url = context.settings().apiUrl(api.apiUrl(), () -> Optional.ofNullable(found.apiUrl()));
    Credentials credentials = found.requireIssuedFor(url);
    String problem = null;
    try {
      new AuthApi(HttpTransport.to(url))
          .logout(credentials.accessToken(), credentials.refreshToken());
    } catch (CliException e) {
      problem = e.getMessage();
    } finally {
      store.delete();
    }
    if (problem == null) {
      context.out().println("Logged out @" + credentials.username() + ".");
    } else {
      context
          .out()
          .println(
              "Logged out locally; the server did not confirm the revocation (" + problem + ").");
    }
    return 0;
  }
}
