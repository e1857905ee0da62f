package io.insighta.cli.command;

import static io.insighta.cli.support.Fixtures.ELLA;
import static io.insighta.cli.support.Fixtures.ELLA_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Reply;
import org.junit.jupiter.api.Test;

class ProfileCrudTest extends LoggedInCommandTest {

  @Test
  void getPrintsEveryFieldOfTheProfile() {
    api.onAuthed("GET", "/api/profiles/" + ELLA_ID, r -> Reply.ok(Fixtures.single(ELLA)));

    CliHarness.Result result = cli.run("profiles", "get", ELLA_ID);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "id                   " + ELLA_ID,
            "name                 ella",
            "gender               female",
            "gender_probability   0.99",
            "age                  46",
            "age_group            adult",
            "country_id           DK",
            "country_name         Denmark",
            "country_probability  0.85",
            "created_at           2026-04-01T12:00:00Z");
  }

  @Test
  void getJsonPrintsTheServerBodyVerbatim() {
    api.onAuthed("GET", "/api/profiles/" + ELLA_ID, r -> Reply.ok(Fixtures.single(ELLA)));

    assertThat(cli.run("profiles", "get", ELLA_ID, "--json").out().strip())
        .isEqualTo(Fixtures.single(ELLA));
  }

  @Test
  void unknownProfilePrintsNotFoundAndExitsWithOne() {
    api.onAuthed("GET", "/api/profiles/nope", r -> Reply.error(404, "Profile not found"));

    CliHarness.Result result = cli.run("profiles", "get", "nope");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("Error: Profile not found" + System.lineSeparator());
    assertThat(result.out()).isEmpty();
  }

  @Test
  void createPostsTheNameAndShowsTheNewProfile() {
    api.onAuthed("POST", "/api/profiles", r -> Reply.json(201, Fixtures.single(ELLA)));

    CliHarness.Result result = cli.run("profiles", "create", "--name", "ella");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Profile created").contains("country_name         Denmark");
    assertThat(api.received("POST", "/api/profiles").get(0).json().get("name").asText())
        .isEqualTo("ella");
  }

  @Test
  void createOfAnExistingNameRelaysTheServerMessage() {
    String existing =
        "{\"status\":\"success\",\"message\":\"Profile already exists\",\"data\":" + ELLA + "}";
    api.onAuthed("POST", "/api/profiles", r -> Reply.ok(existing));

    assertThat(cli.run("profiles", "create", "--name", "Ella").out())
        .startsWith("Profile already exists");
  }

  @Test
  void createWithoutNameIsAUsageError() {
    assertThat(cli.run("profiles", "create").exitCode()).isEqualTo(2);
  }

  @Test
  void analystCreatingIsForbiddenWithExitThree() {
    api.onAuthed("POST", "/api/profiles", r -> Reply.error(403, "Forbidden: admin role required"));

    CliHarness.Result result = cli.run("profiles", "create", "--name", "ella");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("Forbidden: admin role required");
  }

  @Test
  void deleteConfirmsAfterTheServerAnswersNoContent() {
    api.onAuthed("DELETE", "/api/profiles/" + ELLA_ID, r -> Reply.noContent());

    CliHarness.Result result = cli.run("profiles", "delete", ELLA_ID);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("Deleted profile " + ELLA_ID + System.lineSeparator());
    assertThat(api.received("DELETE", "/api/profiles/" + ELLA_ID)).hasSize(1);
  }

  @Test
  void serverFailurePrintsTheMessageNeverAStackTrace() {
    api.onAuthed(
        "GET",
        "/api/profiles/" + ELLA_ID,
        r -> Reply.error(502, "Genderize returned an invalid response"));

    CliHarness.Result result = cli.run("profiles", "get", ELLA_ID);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo("Error: Genderize returned an invalid response" + System.lineSeparator());
  }

  @Test
  void nonJsonErrorBodyFallsBackToTheStatus() {
    api.onAuthed(
        "GET", "/api/profiles/x", r -> new Reply(503, "<html>down</html>", java.util.Map.of()));

    assertThat(cli.run("profiles", "get", "x").err()).contains("HTTP 503");
  }

  @Test
  void tooManyRequestsMentionsWhenToRetry() {
    api.onAuthed(
        "GET",
        "/api/profiles/x",
        r ->
            new Reply(
                429,
                "{\"status\":\"error\",\"message\":\"Too many requests\"}",
                java.util.Map.of("Retry-After", "12")));

    assertThat(cli.run("profiles", "get", "x").err()).contains("Too many requests (retry in 12 s)");
  }
}
