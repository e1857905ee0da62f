package io.insighta.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One HMAC key of ours: its key id ({@code kid}), its generation (1 is the first key of its
 * purpose; each rotation adds the next), the secret (at least 32 bytes), when it was created and
 * from when it signs.
 */
public final class SigningKey {
  public static final int MIN_SECRET_BYTES = 32;
  public static final int GENERATED_SECRET_BYTES = 48;

  /** Our key ids: short, URL-safe; anything else in a token header is refused before a lookup. */
  public static final Pattern KID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final byte[] KID_LABEL =
      "insighta signing-key id v1\n".getBytes(StandardCharsets.UTF_8);

  private final SigningKeyPurpose purpose;
  private final String kid;
  private final int generation;
  private final byte[] secret;
  private final Instant createdAt;
  private final Instant activatesAt;

  public SigningKey(
      SigningKeyPurpose purpose,
      String kid,
      int generation,
      byte[] secret,
      Instant createdAt,
      Instant activatesAt) {
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.kid = Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(secret, "secret");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.activatesAt = Objects.requireNonNull(activatesAt, "activatesAt");
    if (!KID.matcher(kid).matches()) {
      throw new IllegalArgumentException("a key id is 1 to 64 characters of [A-Za-z0-9_-]");
    }
    if (generation < 1) {
      throw new IllegalArgumentException("key generations start at 1");
    }
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "a signing secret must be at least " + MIN_SECRET_BYTES + " bytes");
    }
    if (activatesAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a key cannot sign before it exists");
    }
    this.generation = generation;
    this.secret = secret.clone();
  }

  /** A new random key with a random kid. */
  public static SigningKey generate(
      SigningKeyPurpose purpose,
      int generation,
      Instant createdAt,
      Instant activatesAt,
      SecureRandom random) {
    byte[] secret = new byte[GENERATED_SECRET_BYTES];
    random.nextBytes(secret);
    return new SigningKey(purpose, randomKid(random), generation, secret, createdAt, activatesAt);
  }

  /** 16 URL-safe characters (96 random bits). */
  public static String randomKid(SecureRandom random) {
    byte[] id = new byte[12];
    random.nextBytes(id);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
  }

  /**
   * The kid of a secret someone configured: a hash prefix, so every instance given the same secret
   * names it the same way, and the name reveals nothing a signed token does not.
   */
  public static String derivedKid(byte[] secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(KID_LABEL);
      return "s-" + HexFormat.of().formatHex(digest.digest(secret), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  public SigningKeyPurpose purpose() {
    return purpose;
  }

  public String kid() {
    return kid;
  }

  public int generation() {
    return generation;
  }

  public byte[] secret() {
    return secret.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant activatesAt() {
    return activatesAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SigningKey that
        && purpose == that.purpose
        && kid.equals(that.kid)
        && generation == that.generation
        && Arrays.equals(secret, that.secret)
        && createdAt.equals(that.createdAt)
        && activatesAt.equals(that.activatesAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(purpose, kid, generation, Arrays.hashCode(secret), createdAt, activatesAt);
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "SigningKey[" + purpose.code() + " kid=" + kid + " generation=" + generation + "]";
  }
}
