package io.insighta.application.signing;

import io.insighta.domain.token.AccessTokenKeys;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.token.SigningKeyRing;
import io.insighta.domain.token.SigningKeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The access-token keys every instance on one database shares, read from the {@link
 * SigningKeyStore} and held in memory: re-read every {@link SigningKeyTiming#reloadEvery()}, and
 * early when a token names a kid this instance does not know — at most once per {@link
 * SigningKeyTiming#unknownKidPause()}, so made-up kids cannot hammer the database.
 */
public final class SharedAccessTokenKeys implements AccessTokenKeys {
  private final SigningKeyStore store;
  private final SigningKeyTiming timing;
  private final Clock clock;
  private final Consumer<RuntimeException> reloadFailures;
  private volatile SigningKeyRing ring;
  private volatile Instant nextReload;
  private Instant nextUnknownKidReload = Instant.MIN;

  private SharedAccessTokenKeys(
      SigningKeyStore store,
      SigningKeyTiming timing,
      Clock clock,
      Consumer<RuntimeException> reloadFailures,
      SigningKeyRing ring) {
    this.store = store;
    this.timing = timing;
    this.clock = clock;
    this.reloadFailures = reloadFailures;
    this.ring = ring;
    this.nextReload = clock.instant().plus(timing.reloadEvery());
  }

  /**
   * Reads the key set, first creating generation 1 if the store has none.
   *
   * @param reloadFailures told when a re-read fails; the keys already known stay in use meanwhile
   */
  public static SharedAccessTokenKeys open(
      SigningKeyStore store,
      SigningKeyTiming timing,
      Clock clock,
      SecureRandom random,
      Consumer<RuntimeException> reloadFailures) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SigningKey first = SigningKey.generate(SigningKeyPurpose.ACCESS_TOKEN, 1, now, now, random);
    SigningKeyRing ring = new SigningKeyRing(FirstSigningKey.ensure(store, first));
    return new SharedAccessTokenKeys(
        store, timing, clock, Objects.requireNonNull(reloadFailures, "reloadFailures"), ring);
  }

  @Override
  public SigningKey signingKey() {
    Instant now = clock.instant();
    reloadIfDue(now);
    return ring.signingKey(now);
  }

  @Override
  public Optional<SigningKey> verificationKey(String kid) {
    if (kid == null || !SigningKey.KID.matcher(kid).matches()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    reloadIfDue(now);
    if (!ring.contains(kid) && mayReloadForUnknownKid(now)) {
      reload(now);
    }
    return ring.verifying(kid, now, timing.retention());
  }

  /** The key set as last read. */
  public SigningKeyRing ring() {
    return ring;
  }

  private void reloadIfDue(Instant now) {
    if (!now.isBefore(nextReload)) {
      synchronized (this) {
        if (!now.isBefore(nextReload)) {
          reload(now);
        }
      }
    }
  }

  private synchronized boolean mayReloadForUnknownKid(Instant now) {
    if (now.isBefore(nextUnknownKidReload)) {
      return false;
    }
    nextUnknownKidReload = now.plus(timing.unknownKidPause());
    return true;
  }

  private synchronized void reload(Instant now) {
    try {
      SigningKeyRing read = new SigningKeyRing(store.keys(SigningKeyPurpose.ACCESS_TOKEN));
      if (read.isEmpty()) {
        throw new IllegalStateException("the signing-key store has lost every access-token key");
      }
      ring = read;
      nextReload = now.plus(timing.reloadEvery());
    } catch (RuntimeException e) {
      // Keep the keys we know; try again soon rather than on every request.
      nextReload = now.plus(timing.unknownKidPause());
      reloadFailures.accept(e);
    }
  }
}
