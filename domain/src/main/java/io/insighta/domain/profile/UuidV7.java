package io.insighta.domain.profile;

import java.util.Random;
import java.util.UUID;

/** Builds RFC 9562 version 7 UUIDs from a millisecond timestamp and random bits. */
public final class UuidV7 {
  private UuidV7() {}

  public static UUID next(long epochMillis, Random random) {
    long randA = random.nextInt(1 << 12);
    long mostSignificant = (epochMillis << 16) | 0x7000L | randA;
    long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(mostSignificant, leastSignificant);
  }
}
