package io.insighta.adapters.http.server.tokens;

import io.insighta.application.pat.CreatePersonalAccessTokenUseCase;
import io.insighta.application.pat.ListPersonalAccessTokensUseCase;
import io.insighta.application.pat.RevokePersonalAccessTokenUseCase;
import java.util.Objects;

/** Every use case the {@code /api/tokens} endpoints call, built by bootstrap. */
public record TokenUseCases(
    CreatePersonalAccessTokenUseCase create,
    ListPersonalAccessTokensUseCase list,
    RevokePersonalAccessTokenUseCase revoke) {

  public TokenUseCases {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(revoke, "revoke");
  }
}
