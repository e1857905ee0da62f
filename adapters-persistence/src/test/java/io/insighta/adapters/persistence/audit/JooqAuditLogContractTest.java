package io.insighta.adapters.persistence.audit;

import static io.insighta.adapters.persistence.jooq.Tables.AUDIT_LOG;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.application.contract.AuditLogContract;
import io.insighta.domain.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;

/** The jOOQ audit log on real PostgreSQL honours the same contract as the in-memory one. */
class JooqAuditLogContractTest extends AuditLogContract {
  private final JooqAuditLog log = new JooqAuditLog(EmbeddedPostgresSupport.dsl());

  @BeforeEach
  void emptyTable() {
    EmbeddedPostgresSupport.dsl().truncate(AUDIT_LOG).execute();
  }

  @Override
  protected AuditLog log() {
    return log;
  }
}
