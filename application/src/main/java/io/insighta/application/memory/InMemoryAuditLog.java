package io.insighta.application.memory;

import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditEntryId;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The audit trail in memory, newest first by time and then id. */
public final class InMemoryAuditLog implements AuditLog {
  private static final Comparator<AuditEntry> NEWEST_FIRST =
      Comparator.comparing(AuditEntry::at).thenComparing(entry -> entry.id().value()).reversed();

  private final List<AuditEntry> entries = new ArrayList<>();
  private final Set<AuditEntryId> ids = new HashSet<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    if (!ids.add(entry.id())) {
      throw new IllegalStateException("audit entry id already stored: " + entry.id());
    }
    entries.add(entry);
  }

  @Override
  public synchronized Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
    List<AuditEntry> matching =
        entries.stream().filter(filter::matches).sorted(NEWEST_FIRST).toList();
    List<AuditEntry> items = matching.stream().skip(page.offset()).limit(page.limit()).toList();
    return new Page<>(items, matching.size(), page);
  }
}
