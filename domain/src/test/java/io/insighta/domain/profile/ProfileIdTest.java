package io.insighta.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileIdTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

  @Test
  void generatedIdsAreVersion7WithTheRfcVariant() {
    UUID id = ProfileId.generate(Clock.fixed(NOW, ZoneOffset.UTC)).value();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void generatedIdsCarryTheClockMillisecondsInTheirLeadingBits() {
    UUID id = ProfileId.generate(Clock.fixed(NOW, ZoneOffset.UTC)).value();

    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
  }

  @Test
  void laterIdsSortAfterEarlierOnesAsText() {
    String earlier = ProfileId.generate(Clock.fixed(NOW, ZoneOffset.UTC)).toString();
    String later = ProfileId.generate(Clock.fixed(NOW.plusMillis(1), ZoneOffset.UTC)).toString();

    assertThat(later).isGreaterThan(earlier);
  }

  @Test
  void canonicalTextParsesBack() {
    ProfileId id = ProfileId.generate(Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(ProfileId.parse(id.toString())).contains(id);
    assertThat(ProfileId.parse(id.toString().toUpperCase(java.util.Locale.ROOT))).contains(id);
  }

  @Test
  void malformedTextIsEmpty() {
    for (String text :
        new String[] {
          "",
          "abc",
          "0190f5e2-8a1b-7c3d-9e4f-5a6b7c8d9e0",
          "0190f5e2-8a1b-7c3d-9e4f-5a6b7c8d9e0fz",
          "0190f5e2x8a1b-7c3d-9e4f-5a6b7c8d9e0f",
          "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
          "1-1-1-1-1",
          "0000000000000000000-0-0-0-0000000000"
        }) {
      assertThat(ProfileId.parse(text)).as(text).isEmpty();
    }
    assertThat(ProfileId.parse(null)).isEmpty();
  }
}
