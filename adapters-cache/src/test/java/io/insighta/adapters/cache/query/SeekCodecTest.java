package io.insighta.adapters.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.contract.ProfileFixtures;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.SortField;
import org.junit.jupiter.api.Test;

class SeekCodecTest {
  private final Profile profile =
      ProfileFixtures.profile(
          ProfileFixtures.nextId(),
          "Ada",
          Gender.FEMALE,
          0.1 + 0.2,
          41,
          "NG",
          0.5,
          ProfileFixtures.BASE_TIME.plusNanos(1));

  @Test
  void everySortFieldsPositionReadsBackExactly() {
    for (SortField field : SortField.values()) {
      Seek position = Seek.after(profile, field);

      assertThat(SeekCodec.decode(SeekCodec.encode(position))).contains(position);
    }
  }

  @Test
  void textThisCodecDidNotWriteIsNoPosition() {
    String id = profile.id().value().toString();
    for (String garbage :
        new String[] {
          "",
          "age|41",
          "age|41|" + id + "|extra",
          "height|41|" + id,
          "age|forty|" + id,
          "age|41|not-a-uuid",
          "created_at|yesterday|" + id,
          "gender_probability|0.5.1|" + id
        }) {
      assertThat(SeekCodec.decode(garbage)).as(garbage).isEmpty();
    }
  }
}
