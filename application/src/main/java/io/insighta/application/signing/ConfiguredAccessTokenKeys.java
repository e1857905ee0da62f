package io.insighta.application.signing;

import io.insighta.domain.token.AccessTokenKeys;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import java.time.Instant;
import java.util.Optional;

/**
 * One configured secret ({@code JWT_ACCESS_SECRET}) that signs and verifies every access token,
 * named by a kid derived from it so instances given the same secret agree on the name.
 */
public final class ConfiguredAccessTokenKeys implements AccessTokenKeys {
  private final SigningKey key;

  public ConfiguredAccessTokenKeys(byte[] secret) {
    this.key =
        new SigningKey(
            SigningKeyPurpose.ACCESS_TOKEN,
            SigningKey.derivedKid(secret),
            1,
            secret,
            Instant.EPOCH,
            Instant.EPOCH);
  }

  @Override
  public SigningKey signingKey() {
    return key;
  }

  @Override
  public Optional<SigningKey> verificationKey(String kid) {
    return key.kid().equals(kid) ? Optional.of(key) : Optional.empty();
  }
}
