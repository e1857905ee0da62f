package io.insighta.domain.user;

import java.util.Optional;

/**
 * Out-port: a version stamp per user that changes whenever the stored user changes, shared by every
 * server instance, so a copy of the user kept in memory can be checked for freshness without
 * reading the user store.
 */
public interface UserVersions {

  /**
   * The user's current stamp; empty when it cannot be known now, and the caller must then read the
   * user store.
   */
  Optional<String> current(UserId id);

  /** Marks the user as changed, after the change is stored. Never throws. */
  void bump(UserId id);
}
