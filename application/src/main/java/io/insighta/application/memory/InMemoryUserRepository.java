package io.insighta.application.memory;

import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Users in memory for embedding and tests; one lock keeps upserts atomic. */
public final class InMemoryUserRepository implements UserRepository {
  private static final Comparator<User> BY_CREATION =
      Comparator.comparing(User::createdAt).thenComparing(user -> user.id().value());

  private final Map<UserId, User> byId = new LinkedHashMap<>();
  private final Map<String, Long> firstGithubIdByLogin = new HashMap<>();

  @Override
  public synchronized Optional<User> findById(UserId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized User upsertOnLogin(
      ExternalIdentity identity, AdminGrant grant, UserId newUserId, Instant now) {
    long firstWithLogin =
        firstGithubIdByLogin.computeIfAbsent(
            identity.login().toLowerCase(Locale.ROOT), login -> identity.githubId());
    Optional<User> existing =
        byId.values().stream().filter(u -> u.githubId() == identity.githubId()).findFirst();
    User user =
        existing
            .map(
                old ->
                    new User(
                        old.id(),
                        old.githubId(),
                        identity.login(),
                        identity.email(),
                        identity.avatarUrl(),
                        grant.promotesExistingAccount() ? Role.ADMIN : old.role(),
                        old.active(),
                        now,
                        old.createdAt()))
            .orElseGet(
                () ->
                    new User(
                        newUserId,
                        identity.githubId(),
                        identity.login(),
                        identity.email(),
                        identity.avatarUrl(),
                        grant.makesNewAccountAdmin(firstWithLogin == identity.githubId())
                            ? Role.ADMIN
                            : Role.ANALYST,
                        true,
                        now,
                        now));
    byId.put(user.id(), user);
    return user;
  }

  @Override
  public synchronized Page<User> list(PageRequest request) {
    List<User> page =
        byId.values().stream()
            .sorted(BY_CREATION)
            .skip(request.offset())
            .limit(request.limit())
            .toList();
    return new Page<>(page, byId.size(), request);
  }

  @Override
  public synchronized Optional<User> update(UserId id, UserUpdate update) {
    return Optional.ofNullable(byId.computeIfPresent(id, (key, user) -> update.applyTo(user)));
  }
}
