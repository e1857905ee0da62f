package io.insighta.adapters.http.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, session-bound double-submit tokens: {@code <random>.<HMAC-SHA256(key, sessionId + "." +
 * random)>}. The key is derived from the access-token secret (HMAC of a fixed label), so it is
 * never equal to it and a CSRF token can never pass as a JWT signature or vice versa.
 */
public final class CsrfTokens {
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] LABEL = "insighta csrf-token key v1".getBytes(StandardCharsets.UTF_8);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final SecureRandom random;

  public CsrfTokens(byte[] accessTokenSecret, SecureRandom random) {
    this.key = hmac(accessTokenSecret, LABEL);
    this.random = random;
  }

  public String mint(String sessionId) {
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    String randomPart = ENCODER.encodeToString(nonce);
    return randomPart + "." + signature(sessionId, randomPart);
  }

  /** True when the token was minted by this server for exactly this session. */
  public boolean verify(String token, String sessionId) {
    if (token == null || sessionId == null || token.length() > 256) {
      return false;
    }
    int dot = token.indexOf('.');
    if (dot < 1 || dot != token.lastIndexOf('.')) {
      return false;
    }
    byte[] expected =
        signature(sessionId, token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  private String signature(String sessionId, String randomPart) {
    return ENCODER.encodeToString(
        hmac(key, (sessionId + "." + randomPart).getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK provides HmacSHA256", e);
    }
  }
}
