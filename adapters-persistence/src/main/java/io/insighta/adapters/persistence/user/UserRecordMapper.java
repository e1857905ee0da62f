package io.insighta.adapters.persistence.user;

import io.insighta.adapters.persistence.Timestamps;
import io.insighta.adapters.persistence.jooq.tables.records.UsersRecord;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;

/** Maps rows of {@code users} to the domain's {@link User}. */
final class UserRecordMapper {
  private UserRecordMapper() {}

  static User toUser(UsersRecord row) {
    return new User(
        new UserId(row.getId()),
        row.getGithubId(),
        row.getUsername(),
        row.getEmail(),
        row.getAvatarUrl(),
        Role.parse(row.getRole())
            .orElseThrow(
                () -> new IllegalStateException("unknown role in users: " + row.getRole())),
        row.getIsActive(),
        Timestamps.fromDb(row.getLastLoginAt()),
        Timestamps.fromDb(row.getCreatedAt()));
  }
}
