package io.insighta.application.auth;

import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenHash;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A token store that counts the use writes asked of it, and otherwise passes every call on. */
final class UseCountingStore implements PersonalAccessTokenStore {
  private final PersonalAccessTokenStore delegate;
  private final AtomicInteger useWrites;

  UseCountingStore(PersonalAccessTokenStore delegate, AtomicInteger useWrites) {
    this.delegate = delegate;
    this.useWrites = useWrites;
  }

  @Override
  public void insert(PersonalAccessToken token) {
    delegate.insert(token);
  }

  @Override
  public Optional<PersonalAccessToken> findByHash(PersonalAccessTokenHash hash) {
    return delegate.findByHash(hash);
  }

  @Override
  public Optional<PersonalAccessToken> findById(PersonalAccessTokenId id) {
    return delegate.findById(id);
  }

  @Override
  public List<PersonalAccessToken> listByOwner(UserId ownerId) {
    return delegate.listByOwner(ownerId);
  }

  @Override
  public boolean revoke(PersonalAccessTokenId id, Instant at) {
    return delegate.revoke(id, at);
  }

  @Override
  public void recordUse(PersonalAccessTokenId id, Instant at) {
    useWrites.incrementAndGet();
    delegate.recordUse(id, at);
  }
}
