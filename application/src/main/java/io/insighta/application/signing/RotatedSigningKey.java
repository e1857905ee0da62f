package io.insighta.application.signing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a rotation: the new key's kid and generation, when it starts signing, until when
 * the key it replaces still verifies (none when it is the first key), and how many keys that no
 * longer verified were deleted.
 */
public record RotatedSigningKey(
    String kid,
    int generation,
    Instant signsFrom,
    Optional<Instant> previousVerifiesUntil,
    int deleted) {
  public RotatedSigningKey {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(signsFrom, "signsFrom");
    Objects.requireNonNull(previousVerifiesUntil, "previousVerifiesUntil");
  }
}
