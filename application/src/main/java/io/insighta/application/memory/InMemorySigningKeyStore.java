package io.insighta.application.memory;

import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.token.SigningKeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Signing keys in memory (single instance only); one lock makes a generation taken once. */
public final class InMemorySigningKeyStore implements SigningKeyStore {
  private final List<SigningKey> keys = new ArrayList<>();

  @Override
  public synchronized List<SigningKey> keys(SigningKeyPurpose purpose) {
    return keys.stream()
        .filter(key -> key.purpose() == purpose)
        .sorted(Comparator.comparingInt(SigningKey::generation))
        .toList();
  }

  @Override
  public synchronized boolean add(SigningKey key) {
    boolean taken =
        keys.stream()
            .anyMatch(
                stored ->
                    stored.kid().equals(key.kid())
                        || (stored.purpose() == key.purpose()
                            && stored.generation() == key.generation()));
    if (taken) {
      return false;
    }
    keys.add(key);
    return true;
  }

  @Override
  public synchronized int deleteOlderThan(SigningKeyPurpose purpose, int generation) {
    int before = keys.size();
    keys.removeIf(key -> key.purpose() == purpose && key.generation() < generation);
    return before - keys.size();
  }
}
