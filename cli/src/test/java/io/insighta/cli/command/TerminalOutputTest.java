package io.insighta.cli.command;

import static io.insighta.cli.support.Fixtures.ELLA;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.FakeApi;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalOutputTest {
  private static final String ESC = "\u001b[";

  @TempDir Path temp;
  private FakeApi api;
  private CliHarness cli;

  @BeforeEach
  void setUp() {
    api = new FakeApi();
    api.accept("at-1");
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));
    cli = new CliHarness(temp, api.url());
    cli.loggedIn("at-1", "rt-1");
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void terminalGetsColoursAndASpinner() {
    cli.tty = true;

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.out()).contains(ESC + "1mID");
    assertThat(result.err()).contains("Loading…");
  }

  @Test
  void noColorTurnsColoursOffEvenOnATerminal() {
    cli.tty = true;
    cli.env.put("NO_COLOR", "1");

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.out()).doesNotContain(ESC).contains("ella");
  }

  @Test
  void pipedOutputHasNoColoursAndNoSpinner() {
    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.out()).doesNotContain(ESC);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void noColorAlsoAppliesToErrorsAndHelp() {
    cli.tty = true;
    cli.env.put("NO_COLOR", "true");
    api.onAuthed("GET", "/api/profiles", r -> Reply.error(500, "Internal error"));

    String err = cli.run("profiles", "list").err();

    assertThat(err).endsWith("Error: Internal error" + System.lineSeparator()).doesNotContain(ESC);
    assertThat(cli.run("profiles", "list", "--help").out()).doesNotContain(ESC);
  }
}
