package io.insighta.adapters.persistence.jooq.tables.records;

import org.jooq.Record;

/** Test stand-in for a record class jOOQ generates inside Insighta's persistence adapter. */
public final class ProfilesRecord implements Record {
  @Override
  public Object get(String field) {
    return field;
  }
}
