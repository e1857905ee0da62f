package io.insighta.cli.token;

import java.util.List;

/** The answer of {@code GET /api/tokens}: the caller's own tokens, without their secrets. */
public record AccessTokenList(List<AccessToken> data) {
  public AccessTokenList {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
