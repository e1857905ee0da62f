package io.insighta.application.memory;

import io.insighta.application.contract.AuditLogContract;
import io.insighta.domain.audit.AuditLog;

class InMemoryAuditLogTest extends AuditLogContract {
  private final InMemoryAuditLog log = new InMemoryAuditLog();

  @Override
  protected AuditLog log() {
    return log;
  }
}
