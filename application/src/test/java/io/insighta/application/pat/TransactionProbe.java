package io.insighta.application.pat;

import io.insighta.application.TransactionRunner;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenHash;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A transaction runner and a store around a real one that note which writes ran inside a
 * transaction, so a test can tell the actions happen where an audit entry would join them.
 */
final class TransactionProbe implements TransactionRunner {
  private final List<String> writesInside = new ArrayList<>();
  private final List<String> writesOutside = new ArrayList<>();
  private boolean active;

  List<String> writesInside() {
    return writesInside;
  }

  List<String> writesOutside() {
    return writesOutside;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    active = true;
    try {
      return work.get();
    } finally {
      active = false;
    }
  }

  PersonalAccessTokenStore around(PersonalAccessTokenStore store) {
    return new PersonalAccessTokenStore() {
      @Override
      public void insert(PersonalAccessToken token) {
        note("insert");
        store.insert(token);
      }

      @Override
      public Optional<PersonalAccessToken> findByHash(PersonalAccessTokenHash hash) {
        return store.findByHash(hash);
      }

      @Override
      public Optional<PersonalAccessToken> findById(PersonalAccessTokenId id) {
        return store.findById(id);
      }

      @Override
      public List<PersonalAccessToken> listByOwner(UserId ownerId) {
        return store.listByOwner(ownerId);
      }

      @Override
      public boolean revoke(PersonalAccessTokenId id, Instant at) {
        note("revoke");
        return store.revoke(id, at);
      }

      @Override
      public void recordUse(PersonalAccessTokenId id, Instant at) {
        note("recordUse");
        store.recordUse(id, at);
      }
    };
  }

  private void note(String write) {
    (active ? writesInside : writesOutside).add(write);
  }
}
