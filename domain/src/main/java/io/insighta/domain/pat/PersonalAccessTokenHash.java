package io.insighta.domain.pat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 of a personal access token's secret as 64 lower-case hex digits: what is stored. */
public record PersonalAccessTokenHash(String hex) {
  public PersonalAccessTokenHash {
    Objects.requireNonNull(hex, "hex");
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
    }
  }

  static PersonalAccessTokenHash of(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return new PersonalAccessTokenHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
