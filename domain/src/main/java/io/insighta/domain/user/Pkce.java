package io.insighta.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** RFC 7636 PKCE rules: verifier format, S256 challenge, and random state/verifier values. */
public final class Pkce {
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");
  private static final Pattern STATE = Pattern.compile("[A-Za-z0-9\\-._~]{16,128}");

  private Pkce() {}

  /** 43 to 128 characters of the unreserved set {@code [A-Za-z0-9-._~]} (RFC 7636 §4.1). */
  public static boolean isValidVerifier(String verifier) {
    return verifier != null && VERIFIER.matcher(verifier).matches();
  }

  /**
   * An S256 challenge: base64url of a SHA-256 digest, without padding, so exactly 43 characters.
   */
  public static boolean isValidChallenge(String challenge) {
    return challenge != null && CHALLENGE.matcher(challenge).matches();
  }

  /** An OAuth state a client chose: 16 to 128 unreserved characters (enough entropy, URL-safe). */
  public static boolean isValidState(String state) {
    return state != null && STATE.matcher(state).matches();
  }

  /** {@code BASE64URL(SHA256(ASCII(verifier)))} without padding (RFC 7636 §4.2). */
  public static String s256Challenge(String verifier) {
    if (!isValidVerifier(verifier)) {
      throw new IllegalArgumentException("not an RFC 7636 verifier");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  /** A verifier of 64 characters (48 random bytes, base64url). */
  public static String newVerifier(SecureRandom random) {
    return randomText(random, 48);
  }

  /** A state of 43 characters (256 random bits, base64url). */
  public static String newState(SecureRandom random) {
    return randomText(random, 32);
  }

  private static String randomText(SecureRandom random, int bytes) {
    byte[] buffer = new byte[bytes];
    random.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }
}
