package io.insighta.adapters.cache.query;

import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.query.InvalidQueryException;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.SortField;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A keyset position as the text Redis stores: {@code <sort field>|<value>|<profile id>}, the value
 * written so that it reads back exactly (ISO-8601 instant, shortest round-tripping double).
 */
final class SeekCodec {
  private SeekCodec() {}

  static String encode(Seek seek) {
    return seek.field().code() + "|" + seek.value() + "|" + seek.id().value();
  }

  /** The position, or empty when the text is not one this codec wrote. */
  static Optional<Seek> decode(String text) {
    String[] parts = text.split("\\|", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    Optional<SortField> field = SortField.parse(parts[0]);
    Optional<ProfileId> id = ProfileId.parse(parts[2]);
    if (field.isEmpty() || id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Seek(field.get(), value(field.get(), parts[1]), id.get()));
    } catch (NumberFormatException | DateTimeParseException | InvalidQueryException e) {
      return Optional.empty();
    }
  }

  private static Object value(SortField field, String text) {
    return switch (field) {
      case AGE -> Integer.valueOf(text);
      case CREATED_AT -> Instant.parse(text);
      case GENDER_PROBABILITY -> Double.valueOf(text);
    };
  }
}
