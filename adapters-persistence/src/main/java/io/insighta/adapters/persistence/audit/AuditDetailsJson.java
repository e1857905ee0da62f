package io.insighta.adapters.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.domain.audit.AuditDetails;
import java.util.Map;
import org.jooq.JSONB;

/** Writes audit details to the {@code jsonb} column and reads them back. */
final class AuditDetailsJson {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

  private AuditDetailsJson() {}

  static JSONB toDb(AuditDetails details) {
    try {
      return JSONB.valueOf(MAPPER.writeValueAsString(details.values()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details could not be written as JSON", e);
    }
  }

  static AuditDetails fromDb(JSONB json) {
    try {
      return new AuditDetails(MAPPER.readValue(json.data(), OBJECT));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit_log.details is not a JSON object", e);
    }
  }
}
