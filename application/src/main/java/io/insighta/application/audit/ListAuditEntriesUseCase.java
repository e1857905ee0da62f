package io.insighta.application.audit;

import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.user.User;

/** Lists the audit trail newest first, filtered, for administrators. */
public interface ListAuditEntriesUseCase {

  /**
   * @throws io.insighta.application.auth.AccessDeniedException when the reader may not see it
   */
  Page<AuditEntry> list(User reader, AuditFilter filter, PageRequest page);
}
