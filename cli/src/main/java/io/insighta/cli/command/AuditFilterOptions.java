package io.insighta.cli.command;

import io.insighta.cli.CliException;
import io.insighta.cli.audit.AuditActions;
import io.insighta.cli.http.Query;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The filters of {@code insighta audit}, checked before any request and named as on the API. */
public final class AuditFilterOptions {
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Option(
      names = "--action",
      paramLabel = "ACTION",
      description = "Only this action, e.g. profile.delete or token.create.")
  String action;

  @Option(names = "--actor", paramLabel = "USER_ID", description = "Only entries by this user id.")
  String actor;

  @Option(
      names = "--since",
      paramLabel = "INSTANT",
      description = "Entries at or after this ISO 8601 instant, e.g. 2026-04-01T00:00:00Z.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "INSTANT",
      description = "Entries at or before this ISO 8601 instant.")
  String until;

  /** Adds the filters; a value the API would reject becomes a usage error first. */
  public Query addTo(Query query) {
    Instant from = instant("--since", since);
    Instant to = instant("--until", until);
    if (from != null && to != null && from.isAfter(to)) {
      throw CliException.usage("--since must not be after --until: " + since + " > " + until);
    }
    return query
        .add("action", action())
        .add("actor_id", actor())
        .add("since", from)
        .add("until", to);
  }

  private String action() {
    if (action == null) {
      return null;
    }
    String name = action.strip().toLowerCase(Locale.ROOT);
    if (!AuditActions.ALL.contains(name)) {
      throw CliException.usage(
          "--action must be one of " + String.join(", ", AuditActions.ALL) + ": " + action);
    }
    return name;
  }

  private String actor() {
    if (actor != null && !UUID.matcher(actor.strip()).matches()) {
      throw CliException.usage(
          "--actor must be a user id, a UUID like the id that insighta whoami shows: " + actor);
    }
    return actor == null ? null : actor.strip();
  }

  // Sent in UTC with Z whatever offset was typed: the form every timestamp of the API uses.
  private static Instant instant(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw CliException.usage(
          option
              + " must be an ISO 8601 instant such as 2026-04-01T12:00:00Z"
              + " (or with an offset, +02:00): "
              + value);
    }
  }
}
