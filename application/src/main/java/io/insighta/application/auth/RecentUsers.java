package io.insighta.application.auth;

import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserVersions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The users this process authenticated recently, keyed by access-token id (or personal access token
 * id): a copy is used only while the user's version stamp is unchanged and for at most a short
 * time-to-live, otherwise the user is read from the store again and an access token's session is
 * checked to be still alive (not logged out, revoked for reuse or past its end), so those reach
 * access tokens within the TTL.
 */
public final class RecentUsers {
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(2);
  static final int MAX_ENTRIES = 10_000;
  private static final String PERSONAL_TOKEN_KEY = "pat:";

  private final UserRepository users;
  private final RefreshTokenStore sessions;
  private final UserVersions versions;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry> byTokenId = new ConcurrentHashMap<>();

  public RecentUsers(
      UserRepository users,
      RefreshTokenStore sessions,
      UserVersions versions,
      Clock clock,
      Duration ttl) {
    this.users = Objects.requireNonNull(users, "users");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.versions = Objects.requireNonNull(versions, "versions");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("the user cache TTL must not be negative");
    }
    this.ttl = ttl;
  }

  /** The stored user the token names, as of this request. */
  Optional<User> current(AccessClaims claims) {
    return current(
        claims.tokenId(), claims.userId(), now -> sessions.sessionActive(claims.sessionId(), now));
  }

  /**
   * The stored owner of a personal access token, as of this request; the token itself is checked by
   * its caller on every request, so only the user is kept.
   */
  Optional<User> owner(PersonalAccessToken token) {
    return current(PERSONAL_TOKEN_KEY + token.id(), token.ownerId(), now -> true);
  }

  private Optional<User> current(String key, UserId userId, Predicate<Instant> credentialAlive) {
    Optional<String> version = versions.current(userId);
    Instant now = clock.instant();
    if (version.isEmpty()) {
      return stored(userId, credentialAlive, now);
    }
    Entry entry = byTokenId.get(key);
    if (entry != null
        && entry.version().equals(version.get())
        && now.isBefore(entry.expiresAt())
        && entry.user().id().equals(userId)) {
      return Optional.of(entry.user());
    }
    Optional<User> user = stored(userId, credentialAlive, now);
    if (user.isPresent() && !ttl.isZero()) {
      if (byTokenId.size() >= MAX_ENTRIES) {
        byTokenId.clear();
      }
      byTokenId.put(key, new Entry(user.get(), version.get(), now.plus(ttl)));
    }
    return user;
  }

  private Optional<User> stored(UserId userId, Predicate<Instant> credentialAlive, Instant now) {
    if (!credentialAlive.test(now)) {
      return Optional.empty();
    }
    return users.findById(userId);
  }

  private record Entry(User user, String version, Instant expiresAt) {}
}
