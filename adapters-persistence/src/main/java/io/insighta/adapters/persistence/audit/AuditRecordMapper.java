package io.insighta.adapters.persistence.audit;

import io.insighta.adapters.persistence.Timestamps;
import io.insighta.adapters.persistence.jooq.tables.records.AuditLogRecord;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditEntryId;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.user.UserId;

/** Maps audit entries to rows of {@code audit_log} and back. */
final class AuditRecordMapper {
  private AuditRecordMapper() {}

  static AuditLogRecord toRecord(AuditEntry entry) {
    AuditLogRecord row = new AuditLogRecord();
    row.setId(entry.id().value());
    row.setAt(Timestamps.toDb(entry.at()));
    row.setAction(entry.action().code());
    entry
        .actorIfKnown()
        .ifPresent(
            actor -> {
              row.setActorId(actor.id().value());
              row.setActorUsername(actor.username());
            });
    row.setTargetType(entry.target().type().code());
    row.setTargetId(entry.target().id());
    row.setIp(entry.ip());
    row.setRequestId(entry.requestId());
    row.setDetails(AuditDetailsJson.toDb(entry.details()));
    return row;
  }

  static AuditEntry toEntry(AuditLogRecord row) {
    return new AuditEntry(
        new AuditEntryId(row.getId()),
        Timestamps.fromDb(row.getAt()),
        AuditAction.parse(row.getAction())
            .orElseThrow(
                () -> new IllegalStateException("unknown audit action " + row.getAction())),
        row.getActorId() == null
            ? null
            : new AuditActor(new UserId(row.getActorId()), row.getActorUsername()),
        new AuditTarget(
            AuditTargetType.parse(row.getTargetType())
                .orElseThrow(
                    () -> new IllegalStateException("unknown target type " + row.getTargetType())),
            row.getTargetId()),
        row.getIp(),
        row.getRequestId(),
        AuditDetailsJson.fromDb(row.getDetails()));
  }
}
