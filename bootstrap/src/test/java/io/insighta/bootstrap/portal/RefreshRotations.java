package io.insighta.bootstrap.portal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.persistence.PostgresPersistence;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.RotationOutcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A server override that counts the refresh-token rotations the server performed, by outcome, so a
 * browser test can tell how many refreshes really reached it and whether any of them was a reuse.
 */
final class RefreshRotations extends AbstractModule {
  private final AtomicIntegerArray counts =
      new AtomicIntegerArray(RotationOutcome.Result.values().length);

  @Provides
  @Singleton
  RefreshTokenStore refreshTokenStore(PostgresPersistence persistence) {
    return new CountingRefreshTokenStore(persistence.refreshTokenStore(), this);
  }

  void record(RotationOutcome.Result result) {
    counts.incrementAndGet(result.ordinal());
  }

  /** Every outcome with how often it happened since the server started. */
  Map<RotationOutcome.Result, Integer> snapshot() {
    Map<RotationOutcome.Result, Integer> snapshot = new EnumMap<>(RotationOutcome.Result.class);
    for (RotationOutcome.Result result : RotationOutcome.Result.values()) {
      snapshot.put(result, counts.get(result.ordinal()));
    }
    return snapshot;
  }

  /** What happened after {@code earlier}, outcome by outcome. */
  Map<RotationOutcome.Result, Integer> since(Map<RotationOutcome.Result, Integer> earlier) {
    Map<RotationOutcome.Result, Integer> delta = snapshot();
    delta.replaceAll((result, count) -> count - earlier.get(result));
    return delta;
  }
}
