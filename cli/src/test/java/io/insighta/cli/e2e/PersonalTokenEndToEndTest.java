package io.insighta.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A personal access token's life through the real CLI and server: an admin who signed in creates
 * one, a script uses it through {@code INSIGHTA_TOKEN} without logging in, the admin revokes it and
 * the script is told so; the admin reads both actions back with {@code insighta audit}.
 */
class PersonalTokenEndToEndTest {
  @TempDir static Path temp;
  private static LiveServer server;
  private static CliHarness admin;

  @BeforeAll
  static void start() {
    server = LiveServer.start(Clock.systemUTC());
    admin = server.cli(temp.resolve("admin"), Clock.fixed(CliHarness.NOW, ZoneOffset.UTC));
    server.login(admin, LiveServer.ADMIN);
    KenyanProfiles.seed(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aTokenCreatedByTheCliServesAScriptUntilTheCliRevokesIt() {
    CliHarness.Result created =
        admin.run("tokens", "create", "--name", "nightly", "--expires-in-days", "7", "--json");
    assertThat(created.exitCode()).as(created.err()).isZero();
    String secret = created.out().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    String id = created.out().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    assertThat(secret).matches("insighta_pat_[A-Za-z0-9_-]{43}");

    CliHarness script = server.cli(temp.resolve("script"), Clock.systemUTC());
    script.env.put("INSIGHTA_TOKEN", secret);
    CliHarness.Result listed = script.run("profiles", "list", "--country", "ke", "--limit", "2");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("KE");
    assertThat(script.credentials()).as("the script never logged in").isEmpty();

    CliHarness.Result tokens = admin.run("tokens", "list");
    assertThat(tokens.out()).contains(id, "nightly", "read").doesNotContain(secret);

    assertThat(admin.run("tokens", "revoke", id).exitCode()).isZero();
    CliHarness.Result refused = script.run("profiles", "list");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).contains("INSIGHTA_TOKEN", "invalid, expired or revoked");

    CliHarness.Result audit = admin.run("audit", "--json", "--limit", "50");
    assertThat(audit.exitCode()).as(audit.err()).isZero();
    for (String action : List.of("token.create", "token.revoke")) {
      assertThat(audit.out()).contains("\"action\":\"" + action + "\"");
    }
  }
}
