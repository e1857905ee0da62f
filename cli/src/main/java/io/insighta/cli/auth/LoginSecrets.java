package io.insighta.cli.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** The per-login secrets: the OAuth state and the PKCE verifier with its S256 challenge. */
public record LoginSecrets(String state, String verifier, String challenge) {
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  private static final int VERIFIER_LENGTH = 64;

  public static LoginSecrets generate(SecureRandom random) {
    byte[] state = new byte[32];
    random.nextBytes(state);
    StringBuilder verifier = new StringBuilder(VERIFIER_LENGTH);
    for (int i = 0; i < VERIFIER_LENGTH; i++) {
      verifier.append(UNRESERVED.charAt(random.nextInt(UNRESERVED.length())));
    }
    return new LoginSecrets(base64Url(state), verifier.toString(), challenge(verifier.toString()));
  }

  /** RFC 7636 S256: base64url, without padding, of the SHA-256 of the ASCII verifier. */
  public static String challenge(String verifier) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return base64Url(sha256.digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
