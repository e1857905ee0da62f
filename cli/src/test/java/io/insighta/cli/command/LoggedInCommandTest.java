package io.insighta.cli.command;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.FakeApi;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Commands run by a user who is signed in (access token at-1) against a fake API. */
abstract class LoggedInCommandTest {
  @TempDir Path temp;
  FakeApi api;
  CliHarness cli;

  @BeforeEach
  void signIn() {
    api = new FakeApi();
    api.accept("at-1");
    cli = new CliHarness(temp, api.url());
    cli.loggedIn("at-1", "rt-1");
  }

  @AfterEach
  void closeTheApi() {
    api.close();
  }
}
