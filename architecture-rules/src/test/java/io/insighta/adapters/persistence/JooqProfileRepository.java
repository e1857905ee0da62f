package io.insighta.adapters.persistence;

import io.insighta.domain.profile.ProfileRepository;
import java.util.Optional;

/** Test stand-in for Insighta's own persistence adapter, for adapters that wrongly reuse it. */
public class JooqProfileRepository implements ProfileRepository {
  @Override
  public Optional<String> findNameById(String id) {
    return Optional.empty();
  }
}
