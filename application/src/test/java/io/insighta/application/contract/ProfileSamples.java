package io.insighta.application.contract;

import static io.insighta.application.contract.ProfileFixtures.BASE_TIME;
import static io.insighta.application.contract.ProfileFixtures.highId;
import static io.insighta.application.contract.ProfileFixtures.id;
import static io.insighta.application.contract.ProfileFixtures.profile;
import static io.insighta.domain.profile.Gender.FEMALE;
import static io.insighta.domain.profile.Gender.MALE;

import io.insighta.domain.profile.Profile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Nine profiles chosen to sit on every age-group edge and to tie on each sort column (emeka/ike on
 * created_at and age; bola/emeka/gina/ike on gender probability). Ids are deliberately not in name
 * order, and bola's id has its top bit set, so tie-breaks by unsigned id are visible.
 */
public final class ProfileSamples {
  public static final List<Profile> ALL =
      List.of(
          profile(id(5), "ada", FEMALE, 0.99, 12, "NG", 0.50, at(0)),
          profile(highId(1), "bola", MALE, 0.90, 13, "NG", 0.80, at(1)),
          profile(id(3), "chen", MALE, 0.75, 19, "CN", 0.95, at(2)),
          profile(id(8), "dana", FEMALE, 0.60, 20, "US", 0.30, at(3)),
          profile(id(6), "emeka", MALE, 0.90, 35, "NG", 0.70, at(4)),
          profile(id(2), "femi", MALE, 0.85, 59, "NG", 0.65, at(5)),
          profile(id(1), "gina", FEMALE, 0.90, 60, "ZA", 0.40, at(6)),
          profile(id(7), "hana", FEMALE, 0.55, 88, "JP", 0.99, at(7)),
          profile(id(4), "ike", MALE, 0.90, 35, "ZA", 0.20, at(4)));

  private ProfileSamples() {}

  private static Instant at(int minutes) {
    return BASE_TIME.plus(Duration.ofMinutes(minutes));
  }
}
