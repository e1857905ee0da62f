package io.insighta.adapters.persistence.audit;

import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;

/**
 * The real log that, once armed, throws right after writing its row: the row is in the action's
 * transaction, so only a rollback of the whole can make it disappear.
 */
final class FailingAuditLog implements AuditLog {
  static final String FAILURE = "audit store failed";
  private final AuditLog delegate;
  private boolean armed;

  FailingAuditLog(AuditLog delegate) {
    this.delegate = delegate;
  }

  void arm() {
    armed = true;
  }

  @Override
  public void append(AuditEntry entry) {
    delegate.append(entry);
    if (armed) {
      throw new IllegalStateException(FAILURE);
    }
  }

  @Override
  public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
    return delegate.find(filter, page);
  }
}
