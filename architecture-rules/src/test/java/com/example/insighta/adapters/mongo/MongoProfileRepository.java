package com.example.insighta.adapters.mongo;

import io.insighta.domain.profile.ProfileRepository;
import java.util.Map;
import java.util.Optional;

/** A third party's compliant adapter for Insighta's profile port. */
public final class MongoProfileRepository implements ProfileRepository {
  private final Map<String, String> documents;

  public MongoProfileRepository(Map<String, String> documents) {
    this.documents = Map.copyOf(documents);
  }

  @Override
  public Optional<String> findNameById(String id) {
    return Optional.ofNullable(documents.get(id));
  }
}
