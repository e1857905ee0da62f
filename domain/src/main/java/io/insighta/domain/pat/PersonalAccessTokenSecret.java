package io.insighta.domain.pat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token as handed to its owner once: {@code insighta_pat_} and 256
 * random bits in base64url (43 characters). Only its {@link #hash()} is ever stored.
 */
public final class PersonalAccessTokenSecret {
  public static final String PREFIX = "insighta_pat_";
  private static final int BYTES = 32;
  private static final Pattern FORMAT = Pattern.compile("insighta_pat_[A-Za-z0-9_-]{43}");
  private final String value;

  private PersonalAccessTokenSecret(String value) {
    this.value = value;
  }

  public static PersonalAccessTokenSecret generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new PersonalAccessTokenSecret(
        PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * True when a presented credential claims to be a personal access token (it carries the prefix),
   * so it is judged as one and never as another kind of token.
   */
  public static boolean isClaimedBy(String presented) {
    return presented != null && presented.startsWith(PREFIX);
  }

  /**
   * The hash to look a presented secret up by; empty when it is not shaped like one, so a malformed
   * value costs no store lookup.
   */
  public static Optional<PersonalAccessTokenHash> hashOf(String presented) {
    if (presented == null || !FORMAT.matcher(presented).matches()) {
      return Optional.empty();
    }
    return Optional.of(PersonalAccessTokenHash.of(presented));
  }

  public String value() {
    return value;
  }

  public PersonalAccessTokenHash hash() {
    return PersonalAccessTokenHash.of(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonalAccessTokenSecret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** Never prints the secret, so it cannot leak through a log line. */
  @Override
  public String toString() {
    return "PersonalAccessTokenSecret[redacted]";
  }
}
