package io.insighta.adapters.http.server.support;

import io.insighta.application.StorageUnavailableException;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.DemographicSource;
import io.insighta.domain.profile.Demographics;
import io.insighta.domain.profile.DemographicsProvider;
import io.insighta.domain.profile.DemographicsUnavailableException;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.ProfileName;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Predicts fixed demographics; some names make one service fail, one makes the provider crash, and
 * names starting with "together" wait until a set number of callers arrived.
 */
public final class FakeDemographics implements DemographicsProvider {

  public static final String NO_GENDER = "Genderless";
  public static final String NO_AGE = "Ageless";
  public static final String NO_COUNTRY = "Stateless";
  public static final String CRASH = "Crash Test";
  public static final String STORAGE_DOWN = "Storage Down";
  public static final String SECRET = "jdbc:postgresql://secret-host/db password=hunter2";

  private final AtomicInteger calls = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  @Override
  public Demographics predict(ProfileName name) {
    calls.incrementAndGet();
    String key = name.key();
    switch (name.value()) {
      case NO_GENDER ->
          throw new DemographicsUnavailableException(DemographicSource.GENDERIZE, "gender null");
      case NO_AGE ->
          throw new DemographicsUnavailableException(DemographicSource.AGIFY, "age null");
      case NO_COUNTRY ->
          throw new DemographicsUnavailableException(DemographicSource.NATIONALIZE, "no country");
      case CRASH -> throw new IllegalStateException(SECRET);
      case STORAGE_DOWN ->
          throw new StorageUnavailableException(
              "connection refused", new IllegalStateException(SECRET));
      default -> {}
    }
    if (key.startsWith("together")) {
      awaitOthers();
    }
    Gender gender = key.hashCode() % 2 == 0 ? Gender.FEMALE : Gender.MALE;
    int age = Math.floorMod(key.hashCode(), 80) + 1;
    return new Demographics(gender, 0.9, age, Country.ofCode("NG").orElseThrow(), 0.4);
  }

  /** Makes the next {@code callers} "together…" predictions wait for each other. */
  public void gather(int callers) {
    gate = new CountDownLatch(callers);
  }

  public int calls() {
    return calls.get();
  }

  private void awaitOthers() {
    CountDownLatch current = gate;
    current.countDown();
    try {
      if (!current.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("callers did not gather");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
