package io.insighta.cli.audit;

import java.util.List;

/** One page of the audit log, newest first, in the same envelope as the profile list. */
public record AuditPage(int page, int limit, long total, long totalPages, List<AuditEntry> data) {
  public AuditPage {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
