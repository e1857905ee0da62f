package io.insighta.cli.output;

import io.insighta.cli.audit.AuditEntry;
import io.insighta.cli.audit.AuditPage;
import java.io.PrintWriter;

/** Renders a page of the audit log as a table with a paging footer. */
public final class AuditView {
  private final PrintWriter out;
  private final Style style;

  public AuditView(PrintWriter out, Style style) {
    this.out = out;
    this.style = style;
  }

  public void page(AuditPage page) {
    if (page.data().isEmpty()) {
      out.println("No audit entries found.");
    } else {
      Table table = new Table("AT", "ACTION", "ACTOR", "TARGET", "IP");
      for (AuditEntry e : page.data()) {
        table.row(e.at(), e.action(), e.actorUsername(), target(e), e.ip());
      }
      table.print(out, style);
    }
    out.println(style.dim(PageFooter.text(page.page(), page.totalPages(), page.total())));
  }

  // "profile:0195…"; either half alone when the other is missing, null (shown "-") for neither.
  private static String target(AuditEntry e) {
    if (e.targetType() == null || e.targetId() == null) {
      return e.targetType() != null ? e.targetType() : e.targetId();
    }
    return e.targetType() + ":" + e.targetId();
  }
}
