package io.insighta.domain.user;

import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Out-port: the users of the platform, keyed on GitHub's numeric id at sign-in. */
public interface UserRepository {

  Optional<User> findById(UserId id);

  /**
   * Records a sign-in: inserts a new user under {@code newUserId} with the role {@code grant} gives
   * a new account, or refreshes the profile fields and {@code lastLoginAt} of the existing user
   * with the same GitHub id, keeping its role unless {@code grant} is {@link AdminGrant#ALWAYS}.
   * Every sign-in remembers the first GitHub id seen with each login (case-insensitive). Atomic
   * against concurrent sign-ins of the same GitHub id.
   */
  User upsertOnLogin(ExternalIdentity identity, AdminGrant grant, UserId newUserId, Instant now);

  /** Users ordered by creation time (oldest first), with the exact total. */
  Page<User> list(PageRequest request);

  /** Applies the change; empty when no such user exists. */
  Optional<User> update(UserId id, UserUpdate update);
}
