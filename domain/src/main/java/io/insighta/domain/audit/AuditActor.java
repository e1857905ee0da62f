package io.insighta.domain.audit;

import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import java.util.Objects;

/**
 * The user an audited action is attributed to, with the username they had at the time (null only
 * when the user could no longer be found).
 */
public record AuditActor(UserId id, String username) {
  public AuditActor {
    Objects.requireNonNull(id, "id");
  }

  public static AuditActor of(User user) {
    return new AuditActor(user.id(), user.username());
  }
}
