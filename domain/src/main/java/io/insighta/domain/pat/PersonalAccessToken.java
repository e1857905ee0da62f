package io.insighta.domain.pat;

import io.insighta.domain.role.Permission;
import io.insighta.domain.role.RolePolicy;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored personal access token: whose it is, its name and scope, the hash of its secret, when
 * it was made and expires, when it was last used (kept to the minute) and whether it was revoked.
 */
public record PersonalAccessToken(
    PersonalAccessTokenId id,
    UserId ownerId,
    TokenName name,
    TokenScope scope,
    PersonalAccessTokenHash hash,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  /** A use is written only when the last one recorded is older than this: not once per request. */
  public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  public PersonalAccessToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("expiresAt must be after createdAt");
    }
  }

  /** A new, never used token that lives {@code lifetime} from {@code createdAt}. */
  public static PersonalAccessToken issue(
      PersonalAccessTokenId id,
      UserId ownerId,
      TokenName name,
      TokenScope scope,
      PersonalAccessTokenHash hash,
      Instant createdAt,
      TokenLifetime lifetime) {
    return new PersonalAccessToken(
        id, ownerId, name, scope, hash, createdAt, lifetime.expiryFrom(createdAt), null, null);
  }

  /** Accepted at {@code now}: not revoked and not yet expired. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  /** True when a use at {@code now} is worth writing down (never recorded, or long enough ago). */
  public boolean lastUseStaleAt(Instant now) {
    return lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION));
  }

  /** Its owner may revoke it, and so may whoever manages users (an admin). */
  public boolean revocableBy(User actor) {
    return actor.id().equals(ownerId) || RolePolicy.allows(actor.role(), Permission.MANAGE_USERS);
  }
}
