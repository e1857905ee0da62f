package io.insighta.adapters.http.server.users;

import io.insighta.domain.user.User;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Maps the domain's {@link User} to its wire form. */
public final class UserMapper {
  private UserMapper() {}

  public static UserResponse toResponse(User user) {
    return new UserResponse(
        user.id().toString(),
        user.githubId(),
        user.username(),
        user.email(),
        user.avatarUrl(),
        user.role().code(),
        user.active(),
        timestamp(user.lastLoginAt()),
        timestamp(user.createdAt()));
  }

  /** UTC, whole seconds, {@code Z} suffix, as every timestamp of the API. */
  private static String timestamp(Instant instant) {
    return instant == null
        ? null
        : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
