package io.insighta.adapters.http.server.audit;

import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditEntry;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Maps the domain's {@link AuditEntry} to its wire form. */
final class AuditEntryMapper {
  private AuditEntryMapper() {}

  static AuditEntryResponse toResponse(AuditEntry entry) {
    Optional<AuditActor> actor = entry.actorIfKnown();
    return new AuditEntryResponse(
        entry.id().toString(),
        DateTimeFormatter.ISO_INSTANT.format(entry.at().truncatedTo(ChronoUnit.SECONDS)),
        entry.action().code(),
        actor.map(a -> a.id().toString()).orElse(null),
        actor.map(AuditActor::username).orElse(null),
        entry.target().type().code(),
        entry.target().id(),
        entry.ip(),
        entry.requestId(),
        entry.details().values());
  }
}
