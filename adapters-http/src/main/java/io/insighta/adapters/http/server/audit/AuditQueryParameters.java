package io.insighta.adapters.http.server.audit;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.profile.UuidText;
import io.insighta.domain.user.UserId;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the filters of {@code GET /api/audit}: {@code action} (a known action code), {@code
 * actor_id} (a UUID), {@code since} and {@code until} (ISO 8601 date-times with an offset, both
 * inclusive). A present but empty value is a 400, any other bad or repeated value a 422; the
 * filters in force are kept, in canonical form, for the page links.
 */
record AuditQueryParameters(AuditFilter filter, Map<String, String> kept) {
  static final String ACTION = "action";
  static final String ACTOR_ID = "actor_id";
  static final String SINCE = "since";
  static final String UNTIL = "until";

  static AuditQueryParameters of(Context ctx) {
    Map<String, String> kept = new LinkedHashMap<>();
    AuditAction action =
        single(ctx, ACTION)
            .map(
                text ->
                    AuditAction.parse(text.toLowerCase(Locale.ROOT))
                        .orElseThrow(AuditQueryParameters::invalid))
            .orElse(null);
    UserId actor =
        single(ctx, ACTOR_ID)
            .map(
                text ->
                    UuidText.parse(text)
                        .map(UserId::new)
                        .orElseThrow(AuditQueryParameters::invalid))
            .orElse(null);
    Instant since = single(ctx, SINCE).map(AuditQueryParameters::instant).orElse(null);
    Instant until = single(ctx, UNTIL).map(AuditQueryParameters::instant).orElse(null);
    if (action != null) {
      kept.put(ACTION, action.code());
    }
    if (actor != null) {
      kept.put(ACTOR_ID, actor.toString());
    }
    if (since != null) {
      kept.put(SINCE, DateTimeFormatter.ISO_INSTANT.format(since));
    }
    if (until != null) {
      kept.put(UNTIL, DateTimeFormatter.ISO_INSTANT.format(until));
    }
    // A range that ends before it starts is refused by the filter itself (422).
    return new AuditQueryParameters(new AuditFilter(action, actor, since, until), kept);
  }

  private static Optional<String> single(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.stream().anyMatch(String::isBlank)) {
      throw ApiException.badRequest(ErrorMessages.MISSING_PARAMETER);
    }
    if (values.size() > 1) {
      throw invalid();
    }
    return Optional.of(values.get(0).strip());
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid();
    }
  }

  private static ApiException invalid() {
    return ApiException.unprocessable(ErrorMessages.INVALID_PARAMETERS);
  }
}
