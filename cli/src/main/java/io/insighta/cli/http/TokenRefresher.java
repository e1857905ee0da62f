package io.insighta.cli.http;

import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.Credentials;
import io.insighta.cli.auth.TokenResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Replaces a rejected token pair, at most once across concurrent CLI processes.
 *
 * <p>Refresh tokens are single use and reusing a rotated one revokes the family, so a second
 * process that loses the race must adopt the winner's pair instead of refreshing again.
 */
public final class TokenRefresher {
  // FileLock is per process; threads of one JVM must also queue.
  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  private final CredentialStore store;
  private final AuthApi auth;
  private final Clock clock;

  public TokenRefresher(CredentialStore store, AuthApi auth, Clock clock) {
    this.store = store;
    this.auth = auth;
    this.clock = clock;
  }

  /** Fresh credentials replacing {@code stale}, or {@link CliException#sessionExpired()}. */
  public Credentials refresh(Credentials stale) {
    IN_PROCESS.lock();
    try (FileChannel channel = store.openLock()) {
      FileLock lock = channel.lock();
      try {
        return refreshLocked(stale);
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.API_ERROR, "Cannot lock the credentials: " + e, e);
    } finally {
      IN_PROCESS.unlock();
    }
  }

  private Credentials refreshLocked(Credentials stale) {
    Credentials current = store.load().orElseThrow(CliException::sessionExpired);
    if (!current.refreshToken().equals(stale.refreshToken())) {
      return current;
    }
    Optional<TokenResponse> tokens = auth.refresh(stale.refreshToken());
    if (tokens.isEmpty()) {
      store.delete();
      throw CliException.sessionExpired();
    }
    Credentials renewed = Credentials.from(tokens.get(), current.apiUrl(), clock);
    store.save(renewed);
    return renewed;
  }
}
