package io.insighta.domain.audit;

import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;

/**
 * Out-port: the append-only audit trail. {@link #append} joins the caller's transaction, so an
 * entry is stored exactly when the action it records is.
 */
public interface AuditLog {

  void append(AuditEntry entry);

  /** Matching entries newest first (by time, then id), with the exact total. */
  Page<AuditEntry> find(AuditFilter filter, PageRequest page);
}
