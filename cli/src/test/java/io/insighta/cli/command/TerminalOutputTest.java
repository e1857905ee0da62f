package io.insighta.cli.command;

import static io.insighta.cli.support.Fixtures.ELLA;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TerminalOutputTest extends LoggedInCommandTest {
  private static final String ESC = "\u001b[";

  @BeforeEach
  void stubTheApi() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));
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
