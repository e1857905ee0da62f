package io.insighta.bootstrap.seed;

import io.insighta.application.profile.ImportCandidate;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.UuidV7;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Deterministic synthetic profiles with the reference data's distributions; names are unique
 * because the i-th profile's name encodes i in mixed radix over the name pools.
 */
public final class DemoProfileGenerator implements Iterator<ImportCandidate> {
  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  private final long count;
  private final Random random;
  private long produced;

  public DemoProfileGenerator(long count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    this.count = count;
    this.random = new Random(seed);
  }

  @Override
  public boolean hasNext() {
    return produced < count;
  }

  @Override
  public ImportCandidate next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    long index = produced++;
    Gender gender = random.nextInt(1000) < 512 ? Gender.FEMALE : Gender.MALE;
    int age = drawAge();
    Instant createdAt = EPOCH.plusSeconds(index * 7 + random.nextInt(7));
    return new ImportCandidate(
        index + 1,
        UuidV7.next(createdAt.toEpochMilli(), random).toString(),
        uniqueName(index, gender),
        gender.code(),
        twoDecimals(0.65 + random.nextDouble() * 0.34),
        Integer.toString(age),
        null,
        CountryWeights.draw(random),
        twoDecimals(0.10 + random.nextDouble() * 0.85),
        createdAt.toString(),
        null);
  }

  private int drawAge() {
    int bucket = random.nextInt(100);
    if (bucket < 10) {
      return 1 + random.nextInt(12);
    }
    if (bucket < 20) {
      return 13 + random.nextInt(7);
    }
    if (bucket < 80) {
      return 20 + random.nextInt(40);
    }
    return 60 + random.nextInt(36);
  }

  private static String uniqueName(long index, Gender gender) {
    List<String> firsts = gender == Gender.FEMALE ? NamePool.FEMALE : NamePool.MALE;
    List<String> family = NamePool.FAMILY;
    long rest = index;
    String first = firsts.get((int) (rest % firsts.size()));
    rest /= firsts.size();
    String last = family.get((int) (rest % family.size()));
    rest /= family.size();
    if (rest == 0) {
      return first + " " + last;
    }
    StringBuilder middle = new StringBuilder();
    while (rest > 0) {
      rest--;
      middle.append(' ').append(family.get((int) (rest % family.size())));
      rest /= family.size();
    }
    return first + middle + " " + last;
  }

  private static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
