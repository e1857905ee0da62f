package io.insighta.application.audit;

import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asks a use case to act and from where: the signed-in user (null for the server itself, that
 * is the {@code import} command and the start-up seed) and the request's origin.
 */
public record Caller(User user, RequestOrigin origin) {
  /** The server acting on its own, from its command line or at start-up. */
  public static final Caller SERVER = new Caller(null, RequestOrigin.NONE);

  public Caller {
    Objects.requireNonNull(origin, "origin");
  }

  public Optional<User> signedIn() {
    return Optional.ofNullable(user);
  }

  /** The actor an entry is attributed to; null for the server itself. */
  public AuditActor actor() {
    return user == null ? null : AuditActor.of(user);
  }
}
