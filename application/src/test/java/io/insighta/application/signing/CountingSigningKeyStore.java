package io.insighta.application.signing;

import io.insighta.application.memory.InMemorySigningKeyStore;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.token.SigningKeyStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory store that counts reads and can be made to fail, to see what reaches it. */
final class CountingSigningKeyStore implements SigningKeyStore {
  final InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
  final AtomicInteger reads = new AtomicInteger();
  volatile boolean down;

  @Override
  public List<SigningKey> keys(SigningKeyPurpose purpose) {
    reads.incrementAndGet();
    if (down) {
      throw new IllegalStateException("database unavailable");
    }
    return keys.keys(purpose);
  }

  @Override
  public boolean add(SigningKey key) {
    return keys.add(key);
  }

  @Override
  public int deleteOlderThan(SigningKeyPurpose purpose, int generation) {
    return keys.deleteOlderThan(purpose, generation);
  }
}
