package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortOrder;
import java.util.List;
import org.jooq.Field;
import org.jooq.OrderField;

/**
 * The ORDER BY for a sort: only the enum's columns can be named, and id breaks ties in the same
 * direction so one index scan (forward or backward) yields the order.
 */
final class ProfileOrder {
  private ProfileOrder() {}

  static List<OrderField<?>> of(Sort sort) {
    Field<?> column =
        switch (sort.field()) {
          case AGE -> PROFILES.AGE;
          case CREATED_AT -> PROFILES.CREATED_AT;
          case GENDER_PROBABILITY -> PROFILES.GENDER_PROBABILITY;
        };
    if (sort.order() == SortOrder.DESC) {
      return List.of(column.desc(), PROFILES.ID.desc());
    }
    return List.of(column.asc(), PROFILES.ID.asc());
  }
}
