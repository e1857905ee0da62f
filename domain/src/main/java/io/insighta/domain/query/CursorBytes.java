package io.insighta.domain.query;

import io.insighta.domain.profile.ProfileId;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;

/**
 * The binary layout of a page cursor: version, fingerprint, page, limit, sort field, the sort value
 * (4 bytes for age, 8 for a probability, 12 for a timestamp) and the id.
 */
final class CursorBytes {
  private static final byte VERSION = 1;

  /** What a cursor carries. */
  record Content(long fingerprint, PageRequest page, Seek seek) {}

  private CursorBytes() {}

  static byte[] write(long fingerprint, PageRequest page, Seek seek) {
    ByteBuffer out = ByteBuffer.allocate(1 + 8 + 4 + 4 + 1 + 12 + 16);
    out.put(VERSION).putLong(fingerprint).putInt(page.page()).putInt(page.limit());
    out.put((byte) seek.field().ordinal());
    switch (seek.field()) {
      case AGE -> out.putInt((Integer) seek.value());
      case GENDER_PROBABILITY -> out.putDouble((Double) seek.value());
      case CREATED_AT -> {
        Instant at = (Instant) seek.value();
        out.putLong(at.getEpochSecond()).putInt(at.getNano());
      }
    }
    UUID id = seek.id().value();
    out.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  static Content read(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (in.get() != VERSION) {
        throw new InvalidQueryException("unknown cursor version");
      }
      long fingerprint = in.getLong();
      PageRequest page = new PageRequest(in.getInt(), in.getInt());
      int ordinal = in.get();
      if (ordinal < 0 || ordinal >= SortField.values().length) {
        throw new InvalidQueryException("unknown sort field in cursor");
      }
      SortField field = SortField.values()[ordinal];
      Object value =
          switch (field) {
            case AGE -> Integer.valueOf(in.getInt());
            case GENDER_PROBABILITY -> Double.valueOf(in.getDouble());
            case CREATED_AT -> Instant.ofEpochSecond(in.getLong(), in.getInt());
          };
      ProfileId id = new ProfileId(new UUID(in.getLong(), in.getLong()));
      if (in.hasRemaining()) {
        throw new InvalidQueryException("trailing bytes in cursor");
      }
      return new Content(fingerprint, page, new Seek(field, value, id));
    } catch (BufferUnderflowException | DateTimeException e) {
      throw new InvalidQueryException("truncated cursor");
    }
  }

  static long hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
