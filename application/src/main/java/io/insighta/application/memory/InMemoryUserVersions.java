package io.insighta.application.memory;

import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserVersions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** User version stamps of one process, for runs without Redis and for embedding. */
public final class InMemoryUserVersions implements UserVersions {
  private final Map<UserId, Long> versions = new ConcurrentHashMap<>();

  @Override
  public Optional<String> current(UserId id) {
    return Optional.of(Long.toString(versions.getOrDefault(id, 0L)));
  }

  @Override
  public void bump(UserId id) {
    versions.merge(id, 1L, Long::sum);
  }
}
