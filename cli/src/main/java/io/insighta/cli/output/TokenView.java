package io.insighta.cli.output;

import io.insighta.cli.token.AccessToken;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders personal access tokens: a new one with its secret, or a table of them. */
public final class TokenView {
  private final PrintWriter out;
  private final Style style;

  public TokenView(PrintWriter out, Style style) {
    this.out = out;
    this.style = style;
  }

  /** The fields of a token just created, its secret last and the warning that it is shown once. */
  public void created(AccessToken token) {
    out.println(style.green("Created token " + token.name()));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", token.id());
    fields.put("name", token.name());
    fields.put("scope", token.scope());
    fields.put("created_at", token.createdAt());
    fields.put("expires_at", token.expiresAt());
    fields.put("token", token.token());
    FieldList.print(out, style, fields);
    out.println(style.yellow("Copy the token now, it will not be shown again."));
    out.println(
        style.dim("Scripts send it as INSIGHTA_TOKEN=<token> or Authorization: Bearer <token>."));
  }

  public void list(List<AccessToken> tokens) {
    if (tokens.isEmpty()) {
      out.println("No tokens. Create one with: insighta tokens create --name NAME");
      return;
    }
    Table table = new Table("ID", "NAME", "SCOPE", "CREATED", "EXPIRES", "LAST USED");
    for (AccessToken t : tokens) {
      table.row(
          t.id(),
          t.name(),
          t.scope(),
          t.createdAt(),
          t.expiresAt(),
          t.lastUsedAt() == null ? "never" : t.lastUsedAt());
    }
    table.print(out, style);
    out.println(style.dim(Units.count(tokens.size(), "token")));
  }
}
