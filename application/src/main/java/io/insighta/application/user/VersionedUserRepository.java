package io.insighta.application.user;

import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;
import io.insighta.domain.user.UserVersions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A user store that bumps the user's version stamp after every write it passes on. */
public final class VersionedUserRepository implements UserRepository {
  private final UserRepository delegate;
  private final UserVersions versions;

  public VersionedUserRepository(UserRepository delegate, UserVersions versions) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.versions = Objects.requireNonNull(versions, "versions");
  }

  @Override
  public Optional<User> findById(UserId id) {
    return delegate.findById(id);
  }

  @Override
  public User upsertOnLogin(
      ExternalIdentity identity, AdminGrant grant, UserId newUserId, Instant now) {
    User user = delegate.upsertOnLogin(identity, grant, newUserId, now);
    versions.bump(user.id());
    return user;
  }

  @Override
  public Page<User> list(PageRequest request) {
    return delegate.list(request);
  }

  @Override
  public Optional<User> update(UserId id, UserUpdate update) {
    Optional<User> updated = delegate.update(id, update);
    versions.bump(id);
    return updated;
  }
}
