package io.insighta.bootstrap.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.profile.ImportCandidate;
import io.insighta.domain.profile.ProfileName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoProfileGeneratorTest {

  @Test
  void sameSeedGivesTheSameProfiles() {
    assertThat(all(200, 7)).isEqualTo(all(200, 7));
    assertThat(all(200, 7)).isNotEqualTo(all(200, 8));
  }

  @Test
  void namesAreUniqueByTheirKeyEvenBeyondThePoolSizes() {
    Set<String> keys = new HashSet<>();
    for (ImportCandidate row : all(50_000, 1)) {
      assertThat(keys.add(ProfileName.keyOf(row.name()))).as(row.name()).isTrue();
    }
  }

  @Test
  void distributionsLookLikeTheReferenceData() {
    List<ImportCandidate> rows = all(20_000, 3);
    long female = rows.stream().filter(r -> r.gender().equals("female")).count();
    long nigerians = rows.stream().filter(r -> r.countryId().equals("NG")).count();
    long seniors = rows.stream().filter(r -> Integer.parseInt(r.age()) >= 60).count();
    assertThat(female / 20_000.0).isBetween(0.48, 0.54);
    assertThat(nigerians / 20_000.0).isBetween(0.04, 0.08);
    assertThat(seniors / 20_000.0).isBetween(0.16, 0.24);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(Double.parseDouble(r.genderProbability())).isBetween(0.65, 0.99);
              assertThat(Double.parseDouble(r.countryProbability())).isBetween(0.10, 0.95);
            });
  }

  private static List<ImportCandidate> all(long count, long seed) {
    List<ImportCandidate> rows = new ArrayList<>();
    new DemoProfileGenerator(count, seed).forEachRemaining(rows::add);
    return rows;
  }
}
