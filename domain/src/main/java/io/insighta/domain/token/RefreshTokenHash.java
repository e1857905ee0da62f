package io.insighta.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 of a refresh-token value as 64 lower-case hex digits: what the store keeps. */
public record RefreshTokenHash(String hex) {
  public RefreshTokenHash {
    Objects.requireNonNull(hex, "hex");
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a refresh-token hash is 64 lower-case hex digits");
    }
  }

  /** Hashes any presented value; an unknown value simply matches nothing in the store. */
  public static RefreshTokenHash of(String presentedValue) {
    Objects.requireNonNull(presentedValue, "presentedValue");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(presentedValue.getBytes(StandardCharsets.UTF_8));
      return new RefreshTokenHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
