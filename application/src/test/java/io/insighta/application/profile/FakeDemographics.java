package io.insighta.application.profile;

import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.DemographicSource;
import io.insighta.domain.profile.Demographics;
import io.insighta.domain.profile.DemographicsProvider;
import io.insighta.domain.profile.DemographicsUnavailableException;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.ProfileName;
import java.util.concurrent.atomic.AtomicInteger;

/** A demographics port that answers one fixed prediction, or fails, and counts its calls. */
final class FakeDemographics implements DemographicsProvider {
  static final Demographics NIGERIAN_MAN =
      new Demographics(Gender.MALE, 0.98, 34, Country.ofCode("NG").orElseThrow(), 0.61);

  private final Demographics answer;
  private final DemographicSource failing;
  private final AtomicInteger calls = new AtomicInteger();

  private FakeDemographics(Demographics answer, DemographicSource failing) {
    this.answer = answer;
    this.failing = failing;
  }

  static FakeDemographics answering(Demographics answer) {
    return new FakeDemographics(answer, null);
  }

  static FakeDemographics failingAt(DemographicSource source) {
    return new FakeDemographics(null, source);
  }

  int calls() {
    return calls.get();
  }

  @Override
  public Demographics predict(ProfileName name) {
    calls.incrementAndGet();
    if (failing != null) {
      throw new DemographicsUnavailableException(failing, "no prediction for " + name.value());
    }
    return answer;
  }
}
