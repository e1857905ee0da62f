package io.insighta.application.pat;

import io.insighta.application.TransactionRunner;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import java.time.Clock;
import java.time.Instant;

/**
 * Finds the token, checks the caller may revoke it, and revokes it, all inside one transaction that
 * anything else recording the revocation joins; a token the caller may not see is "not found".
 */
public final class RevokePersonalAccessTokenService implements RevokePersonalAccessTokenUseCase {
  private final PersonalAccessTokenStore store;
  private final TransactionRunner transactions;
  private final Clock clock;

  public RevokePersonalAccessTokenService(
      PersonalAccessTokenStore store, TransactionRunner transactions, Clock clock) {
    this.store = store;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public PersonalAccessToken revoke(AuthenticatedUser caller, String tokenId) {
    TokenManagement.requireManager(caller);
    PersonalAccessTokenId id =
        PersonalAccessTokenId.parse(tokenId).orElseThrow(PersonalAccessTokenNotFoundException::new);
    Instant now = clock.instant();
    return transactions.inTransaction(
        () -> {
          PersonalAccessToken token =
              store
                  .findById(id)
                  .filter(found -> !found.revoked() && found.revocableBy(caller.user()))
                  .orElseThrow(PersonalAccessTokenNotFoundException::new);
          if (!store.revoke(id, now)) {
            throw new PersonalAccessTokenNotFoundException();
          }
          return token;
        });
  }
}
