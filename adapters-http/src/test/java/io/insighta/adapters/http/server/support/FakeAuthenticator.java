package io.insighta.adapters.http.server.support;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticateUseCase;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.application.auth.AuthenticationFailedException;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Maps a few fixed tokens to users; everything else is an invalid token. */
public final class FakeAuthenticator implements AuthenticateUseCase {

  public static final String ADMIN = "admin-token";
  public static final String ANALYST = "analyst-token";
  public static final String INACTIVE = "inactive-token";
  public static final String DENIED = "denied-token";

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final Map<String, User> users =
      Map.of(
          ADMIN, user(1, "ada", Role.ADMIN, true),
          ANALYST, user(2, "ann", Role.ANALYST, true),
          INACTIVE, user(3, "ivan", Role.ADMIN, false));

  @Override
  public AuthenticatedUser authenticate(String accessToken) {
    if (DENIED.equals(accessToken)) {
      throw new AccessDeniedException("deactivated");
    }
    User user = users.get(accessToken);
    if (user == null) {
      throw new AuthenticationFailedException("unknown token");
    }
    return new AuthenticatedUser(user, "session-" + user.githubId());
  }

  private static User user(long githubId, String login, Role role, boolean active) {
    return new User(
        new UserId(new UUID(0x0190_0000_0000_7000L | githubId, 0x8000_0000_0000_0000L | githubId)),
        githubId,
        login,
        login + "@example.com",
        null,
        role,
        active,
        CREATED,
        CREATED);
  }
}
