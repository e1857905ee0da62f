package io.insighta.adapters.persistence.audit;

import static io.insighta.adapters.persistence.jooq.Tables.AUDIT_LOG;

import io.insighta.adapters.persistence.ReadRetry;
import io.insighta.adapters.persistence.Timestamps;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The audit trail in PostgreSQL's {@code audit_log}; appends join the caller's thread-bound
 * transaction, pages come newest first off the {@code (…, at desc, id desc)} indexes.
 */
public final class JooqAuditLog implements AuditLog {
  private final DSLContext dsl;
  private final ReadRetry reads;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqAuditLog(DSLContext dsl) {
    this(dsl, ReadRetry.withoutEviction());
  }

  /** Also takes how its reads are retried when their connection is lost. */
  public JooqAuditLog(DSLContext dsl, ReadRetry reads) {
    this.dsl = dsl;
    this.reads = reads;
  }

  @Override
  public void append(AuditEntry entry) {
    dsl.insertInto(AUDIT_LOG).set(AuditRecordMapper.toRecord(entry)).execute();
  }

  @Override
  public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
    return reads.read(() -> read(condition(filter), page));
  }

  private Page<AuditEntry> read(Condition condition, PageRequest page) {
    long total = dsl.fetchCount(AUDIT_LOG, condition);
    List<AuditEntry> items =
        total <= page.offset()
            ? List.of()
            : dsl.selectFrom(AUDIT_LOG)
                .where(condition)
                .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch(AuditRecordMapper::toEntry);
    return new Page<>(items, total, page);
  }

  private static Condition condition(AuditFilter filter) {
    List<Condition> conditions = new ArrayList<>();
    if (filter.action() != null) {
      conditions.add(AUDIT_LOG.ACTION.eq(filter.action().code()));
    }
    if (filter.actorId() != null) {
      conditions.add(AUDIT_LOG.ACTOR_ID.eq(filter.actorId().value()));
    }
    if (filter.since() != null) {
      conditions.add(AUDIT_LOG.AT.ge(Timestamps.toDb(filter.since())));
    }
    if (filter.until() != null) {
      conditions.add(AUDIT_LOG.AT.le(Timestamps.toDb(filter.until())));
    }
    return DSL.and(conditions);
  }
}
