package io.insighta.application.signing;

import java.time.Duration;
import java.util.Objects;

/**
 * The clocks of shared signing keys: how often an instance re-reads the key set, how long a new key
 * waits before it signs (longer than a re-read, so every instance knows it first), how soon a kid
 * nobody knows may trigger another re-read, and how long a superseded key still verifies.
 */
public record SigningKeyTiming(
    Duration reloadEvery, Duration activationDelay, Duration unknownKidPause, Duration retention) {
  public static final Duration RELOAD_EVERY = Duration.ofSeconds(30);
  public static final Duration ACTIVATION_DELAY = Duration.ofMinutes(1);
  public static final Duration UNKNOWN_KID_PAUSE = Duration.ofSeconds(5);

  /** Past the token lifetime: covers the verifier's leeway and clocks that disagree a little. */
  public static final Duration RETENTION_MARGIN = Duration.ofMinutes(1);

  public SigningKeyTiming {
    for (Duration duration :
        new Duration[] {reloadEvery, activationDelay, unknownKidPause, retention}) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("signing-key timings must be positive");
      }
    }
    if (activationDelay.compareTo(reloadEvery) < 0) {
      throw new IllegalArgumentException("a new key must wait at least one re-read before signing");
    }
  }

  /** The defaults for access tokens that live {@code accessTokenTtl}. */
  public static SigningKeyTiming forAccessTokenTtl(Duration accessTokenTtl) {
    return new SigningKeyTiming(
        RELOAD_EVERY, ACTIVATION_DELAY, UNKNOWN_KID_PAUSE, accessTokenTtl.plus(RETENTION_MARGIN));
  }
}
