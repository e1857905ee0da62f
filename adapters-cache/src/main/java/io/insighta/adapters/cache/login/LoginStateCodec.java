package io.insighta.adapters.cache.login;

import io.insighta.domain.user.LoginState;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored form of a pending sign-in: {@code l1<TAB>expiry<TAB>verifier<TAB>redirect URI}. The
 * state itself is the key, and the URI comes last so that whatever it holds cannot shift a field.
 */
final class LoginStateCodec {
  private static final String VERSION = "l1";

  private LoginStateCodec() {}

  static String encode(LoginState state) {
    return VERSION
        + '\t'
        + state.expiresAt()
        + '\t'
        + state.codeVerifier()
        + '\t'
        + state.redirectUri();
  }

  /** The sign-in for {@code state}, or empty when the text is not one this codec wrote. */
  static Optional<LoginState> decode(String state, String text) {
    String[] fields = text.split("\t", 4);
    if (fields.length != 4 || !fields[0].equals(VERSION)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LoginState(state, fields[2], fields[3], Instant.parse(fields[1])));
    } catch (RuntimeException e) {
      // An unparsable instant or a verifier that is not RFC 7636: not something this store wrote.
      return Optional.empty();
    }
  }
}
