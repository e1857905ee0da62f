package io.insighta.application.pat;

import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import java.util.List;

/** Lists the caller's tokens from the store. */
public final class ListPersonalAccessTokensService implements ListPersonalAccessTokensUseCase {
  private final PersonalAccessTokenStore store;

  public ListPersonalAccessTokensService(PersonalAccessTokenStore store) {
    this.store = store;
  }

  @Override
  public List<PersonalAccessToken> list(AuthenticatedUser caller) {
    TokenManagement.requireManager(caller);
    return store.listByOwner(caller.user().id());
  }
}
