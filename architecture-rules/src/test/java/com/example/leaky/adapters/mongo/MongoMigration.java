package com.example.leaky.adapters.mongo;

import io.insighta.adapters.persistence.JooqProfileRepository;
import io.insighta.adapters.persistence.jooq.tables.records.ProfilesRecord;

/**
 * A third party's adapter leaning on Insighta's persistence adapter and its generated jOOQ code.
 */
public final class MongoMigration {
  private final JooqProfileRepository source;

  public MongoMigration(JooqProfileRepository source) {
    this.source = source;
  }

  public String copy(String id) {
    return source.findNameById(id).orElse(String.valueOf(new ProfilesRecord().get("name")));
  }
}
