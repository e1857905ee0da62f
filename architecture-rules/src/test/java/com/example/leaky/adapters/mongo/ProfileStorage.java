package com.example.leaky.adapters.mongo;

import io.insighta.domain.profile.ProfileRepository;
import java.util.Optional;

/** A third party's adapter named neither for its technology nor for the port it implements. */
public final class ProfileStorage implements ProfileRepository {
  @Override
  public Optional<String> findNameById(String id) {
    return Optional.of(id);
  }
}
