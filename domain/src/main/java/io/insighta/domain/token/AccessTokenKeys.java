package io.insighta.domain.token;

import java.util.Optional;

/** The keys of access tokens: exactly one signs new tokens, and any accepted one verifies. */
public interface AccessTokenKeys {

  /** The key new access tokens are signed with, named in their {@code kid} header. */
  SigningKey signingKey();

  /**
   * Our key with this kid while it may still verify tokens; empty for a kid we never issued or a
   * key retired long enough ago that no token signed with it can still be valid.
   */
  Optional<SigningKey> verificationKey(String kid);
}
