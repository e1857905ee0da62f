package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.CliException;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.Credentials;
import io.insighta.cli.auth.LoginFlow;
import io.insighta.cli.auth.UserInfo;
import io.insighta.cli.http.AuthApi;
import io.insighta.cli.http.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code insighta login}: signs in with GitHub through the browser and stores the tokens. */
@Command(
    name = "login",
    description = "Sign in with GitHub in the browser (OAuth with PKCE, loopback callback).")
public final class LoginCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ApiOptions api;

  @Option(names = "--no-browser", description = "Print the sign-in URL instead of opening it.")
  boolean noBrowser;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "Give up after this many seconds (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  LoginCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (timeoutSeconds < 0) {
      throw CliException.usage("--timeout must not be negative");
    }
    PersonalTokenNotice.warnIfSet(
        context,
        "other commands keep using that personal access token, not this login, until you unset"
            + " INSIGHTA_TOKEN.");
    CredentialStore store = context.credentials();
    String url = context.settings().apiUrl(api.apiUrl(), () -> storedUrl(store));
    LoginFlow flow =
        new LoginFlow(
            url, new AuthApi(HttpTransport.to(url)), store, context.clock(), context.random());
    UserInfo user =
        flow.run(
            context.settings().callbackPort(), Duration.ofSeconds(timeoutSeconds), this::announce);
    context.out().println(context.style().green("Logged in as @" + user.username()));
    return 0;
  }

  private void announce(URI url) {
    boolean opened = !noBrowser && context.browser().open(url);
    context
        .out()
        .println(
            opened
                ? "Opened your browser to sign in with GitHub. If it did not open, visit:"
                : "Open this URL in your browser to sign in with GitHub:");
    context.out().println("  " + url);
    context.out().println("Waiting up to " + timeoutSeconds + " s for the login to finish…");
    context.out().flush();
  }

  private static Optional<String> storedUrl(CredentialStore store) {
    try {
      return store.load().map(Credentials::apiUrl);
    } catch (CliException unreadable) {
      return Optional.empty(); // logging in again replaces the unreadable file
    }
  }
}
