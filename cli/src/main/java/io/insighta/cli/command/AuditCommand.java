package io.insighta.cli.command;

import io.insighta.cli.CliContext;
import io.insighta.cli.audit.AuditPage;
import io.insighta.cli.http.ApiClient;
import io.insighta.cli.http.ApiRequest;
import io.insighta.cli.http.Json;
import io.insighta.cli.http.Query;
import io.insighta.cli.output.AuditView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code insighta audit}: one page of the audit log, newest first (admin only). */
@Command(
    name = "audit",
    description = "Show who signed in, changed profiles, users or tokens, newest first (admin).")
public final class AuditCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin AuditFilterOptions filters;
  @Mixin PageOptions paging;
  @Mixin ApiOptions api;
  @Mixin JsonOption json;

  AuditCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String path = paging.addTo(filters.addTo(new Query())).appendTo("/api/audit");
    String body = Calls.fetch(context, ApiClient.open(context, api.apiUrl()), ApiRequest.get(path));
    if (json.enabled()) {
      Calls.printJson(context, body);
    } else {
      new AuditView(context.out(), context.style()).page(Json.read(body, AuditPage.class));
    }
    return 0;
  }
}
