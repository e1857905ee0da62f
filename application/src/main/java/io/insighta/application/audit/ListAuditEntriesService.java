package io.insighta.application.audit;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Permission;
import io.insighta.domain.role.RolePolicy;
import io.insighta.domain.user.User;

/** Checks the reader's permission in the core as well as on the route, then queries the log. */
public final class ListAuditEntriesService implements ListAuditEntriesUseCase {
  private final AuditLog log;

  public ListAuditEntriesService(AuditLog log) {
    this.log = log;
  }

  @Override
  public Page<AuditEntry> list(User reader, AuditFilter filter, PageRequest page) {
    if (!reader.active() || !RolePolicy.allows(reader.role(), Permission.READ_AUDIT)) {
      throw new AccessDeniedException("Forbidden");
    }
    return log.find(filter, page);
  }
}
