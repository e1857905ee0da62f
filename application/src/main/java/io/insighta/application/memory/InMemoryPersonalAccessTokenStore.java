package io.insighta.application.memory;

import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenHash;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Personal access tokens in memory; one lock makes every call atomic. */
public final class InMemoryPersonalAccessTokenStore implements PersonalAccessTokenStore {
  private static final Comparator<PersonalAccessToken> NEWEST_FIRST =
      Comparator.comparing(PersonalAccessToken::createdAt)
          .thenComparing(token -> token.id().value())
          .reversed();

  private final Map<PersonalAccessTokenId, PersonalAccessToken> byId = new HashMap<>();
  private final Map<PersonalAccessTokenHash, PersonalAccessTokenId> byHash = new HashMap<>();

  @Override
  public synchronized void insert(PersonalAccessToken token) {
    if (byId.containsKey(token.id()) || byHash.containsKey(token.hash())) {
      throw new IllegalStateException("personal access token id or hash already stored");
    }
    byId.put(token.id(), token);
    byHash.put(token.hash(), token.id());
  }

  @Override
  public synchronized Optional<PersonalAccessToken> findByHash(PersonalAccessTokenHash hash) {
    return Optional.ofNullable(byHash.get(hash)).map(byId::get);
  }

  @Override
  public synchronized Optional<PersonalAccessToken> findById(PersonalAccessTokenId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<PersonalAccessToken> listByOwner(UserId ownerId) {
    return byId.values().stream()
        .filter(token -> token.ownerId().equals(ownerId) && !token.revoked())
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public synchronized boolean revoke(PersonalAccessTokenId id, Instant at) {
    PersonalAccessToken token = byId.get(id);
    if (token == null || token.revoked()) {
      return false;
    }
    byId.put(id, changed(token, token.lastUsedAt(), at));
    return true;
  }

  @Override
  public synchronized void recordUse(PersonalAccessTokenId id, Instant at) {
    PersonalAccessToken token = byId.get(id);
    if (token != null && token.lastUseStaleAt(at)) {
      byId.put(id, changed(token, at, token.revokedAt()));
    }
  }

  private static PersonalAccessToken changed(
      PersonalAccessToken token, Instant lastUsedAt, Instant revokedAt) {
    return new PersonalAccessToken(
        token.id(),
        token.ownerId(),
        token.name(),
        token.scope(),
        token.hash(),
        token.createdAt(),
        token.expiresAt(),
        lastUsedAt,
        revokedAt);
  }
}
