package io.insighta.domain.pat;

import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: personal access tokens, found by the hash of their secret with one indexed lookup on
 * every request, so a revocation or expiry stops a token at once wherever it is presented.
 */
public interface PersonalAccessTokenStore {

  /** Stores a new token; a second token with the same id or hash is refused with an exception. */
  void insert(PersonalAccessToken token);

  Optional<PersonalAccessToken> findByHash(PersonalAccessTokenHash hash);

  Optional<PersonalAccessToken> findById(PersonalAccessTokenId id);

  /** The owner's tokens that are not revoked (expired ones too), newest first. */
  List<PersonalAccessToken> listByOwner(UserId ownerId);

  /**
   * Marks the token revoked at {@code at} in one atomic step; false when it is unknown or was
   * already revoked, so of concurrent revocations exactly one returns true.
   */
  boolean revoke(PersonalAccessTokenId id, Instant at);

  /**
   * Records a use at {@code at} with one conditional write that changes nothing when the stored
   * last use is already within {@link PersonalAccessToken#LAST_USE_PRECISION} before {@code at}.
   */
  void recordUse(PersonalAccessTokenId id, Instant at);
}
