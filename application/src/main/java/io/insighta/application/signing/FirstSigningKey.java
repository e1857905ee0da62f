package io.insighta.application.signing;

import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyStore;
import java.util.List;

/**
 * Creates the first key of a purpose exactly once, however many instances start on an empty store
 * at the same moment: each offers generation 1, the store keeps one, and all read back that one.
 */
public final class FirstSigningKey {
  private FirstSigningKey() {}

  /**
   * The keys of {@code candidate}'s purpose, after storing {@code candidate} if there were none.
   *
   * @param candidate a generation-1 key, used only when the purpose has no key yet
   */
  public static List<SigningKey> ensure(SigningKeyStore store, SigningKey candidate) {
    if (candidate.generation() != 1) {
      throw new IllegalArgumentException("the first key is generation 1");
    }
    List<SigningKey> keys = store.keys(candidate.purpose());
    if (!keys.isEmpty()) {
      return keys;
    }
    store.add(candidate);
    keys = store.keys(candidate.purpose());
    if (keys.isEmpty()) {
      throw new IllegalStateException("the signing-key store kept no " + candidate.purpose());
    }
    return keys;
  }
}
