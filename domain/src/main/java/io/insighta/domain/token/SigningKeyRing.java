package io.insighta.domain.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The access-token keys known at one moment and the rotation rules over them: the newest key that
 * has reached its activation time signs; a key keeps verifying until {@code retention} after a
 * newer key took over (the longest token lifetime plus a margin), and not a moment longer.
 */
public record SigningKeyRing(List<SigningKey> keys) {
  public SigningKeyRing {
    keys =
        Objects.requireNonNull(keys, "keys").stream()
            .sorted(Comparator.comparingInt(SigningKey::generation))
            .toList();
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  public boolean contains(String kid) {
    return keys.stream().anyMatch(key -> key.kid().equals(kid));
  }

  public int newestGeneration() {
    return keys.isEmpty() ? 0 : keys.get(keys.size() - 1).generation();
  }

  /**
   * The newest key active at {@code now}; before any is active (a clock behind the one that created
   * them) the one that activates first.
   *
   * @throws IllegalStateException when there is no key at all
   */
  public SigningKey signingKey(Instant now) {
    if (keys.isEmpty()) {
      throw new IllegalStateException("no signing key");
    }
    SigningKey signing = keys.get(0);
    for (SigningKey key : keys) {
      if (!key.activatesAt().isAfter(now)) {
        signing = key;
      }
    }
    return signing;
  }

  /** When a newer key took (or takes) over from this one; empty while it is the newest. */
  public Optional<Instant> supersededAt(SigningKey key) {
    return keys.stream()
        .filter(other -> other.generation() > key.generation())
        .map(SigningKey::activatesAt)
        .min(Comparator.naturalOrder());
  }

  /** The key named {@code kid} if it still verifies at {@code now}. */
  public Optional<SigningKey> verifying(String kid, Instant now, Duration retention) {
    return keys.stream()
        .filter(key -> key.kid().equals(kid))
        .filter(key -> stillVerifies(key, now, retention))
        .findFirst();
  }

  /**
   * The oldest generation to keep at {@code now}: every older key stopped verifying {@code keepFor}
   * ago or earlier. The newest key is always kept.
   */
  public int oldestGenerationToKeep(Instant now, Duration keepFor) {
    for (SigningKey key : keys) {
      if (stillVerifies(key, now, keepFor)) {
        return key.generation();
      }
    }
    return newestGeneration();
  }

  private boolean stillVerifies(SigningKey key, Instant now, Duration retention) {
    return supersededAt(key).map(at -> now.isBefore(at.plus(retention))).orElse(true);
  }
}
