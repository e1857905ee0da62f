package io.insighta.adapters.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests for Redis key names and script ids. */
public final class Digests {
  private Digests() {}

  /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex: a fixed-length key part. */
  public static String sha256(String text) {
    return hex("SHA-256", text.getBytes(StandardCharsets.UTF_8));
  }

  static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-1 and SHA-256.
      throw new IllegalStateException(algorithm + " is missing from this JDK", e);
    }
  }
}
