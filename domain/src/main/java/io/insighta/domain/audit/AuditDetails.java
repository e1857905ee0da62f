package io.insighta.domain.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The free-form facts of an audit entry, a JSON object: keys are text, values are text, booleans,
 * whole or decimal numbers, null, lists and nested objects. Whole numbers are held as {@link Long}
 * and decimals as {@link Double}, so an entry read back from storage equals the one written.
 */
public record AuditDetails(Map<String, Object> values) {
  public static final AuditDetails EMPTY = new AuditDetails(Map.of());

  public AuditDetails {
    values = object(values);
  }

  /** One key. */
  public static AuditDetails of(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return new AuditDetails(map);
  }

  /** Keys and values alternating, kept in this order. */
  public static AuditDetails of(String key1, Object value1, String key2, Object value2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key1, value1);
    map.put(key2, value2);
    return new AuditDetails(map);
  }

  /** Three keys, kept in this order. */
  public static AuditDetails of(
      String key1, Object value1, String key2, Object value2, String key3, Object value3) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key1, value1);
    map.put(key2, value2);
    map.put(key3, value3);
    return new AuditDetails(map);
  }

  /** The {@code {"before":…,"after":…}} pair recorded for one changed field. */
  public static Map<String, Object> change(Object before, Object after) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put("before", before);
    pair.put("after", after);
    return pair;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  private static Map<String, Object> object(Map<?, ?> raw) {
    if (raw == null) {
      throw new IllegalArgumentException("audit details are a JSON object, not null");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    raw.forEach(
        (key, value) -> {
          if (!(key instanceof String name)) {
            throw new IllegalArgumentException("audit detail keys are text, not " + key);
          }
          copy.put(name, value(value));
        });
    return Collections.unmodifiableMap(copy);
  }

  private static Object value(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException("audit detail numbers are finite");
      }
      return number;
    }
    if (value instanceof Map<?, ?> nested) {
      return object(nested);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(value(item)));
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "audit detail values are JSON values, not " + value.getClass().getName());
  }
}
