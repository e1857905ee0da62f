package io.insighta.domain.token;

import java.util.List;

/**
 * Out-port: our signing keys, kept where every server instance on one database finds them. A
 * generation is taken at most once per purpose, so racing writers end up with one key for it.
 */
public interface SigningKeyStore {

  /** Every key of that purpose, oldest generation first. */
  List<SigningKey> keys(SigningKeyPurpose purpose);

  /**
   * Stores the key unless its purpose already has a key of that generation (or that kid); true when
   * this call stored it.
   */
  boolean add(SigningKey key);

  /** Deletes the keys of that purpose older than {@code generation}; returns how many. */
  int deleteOlderThan(SigningKeyPurpose purpose, int generation);
}
