package io.insighta.adapters.http.server.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON text against a schema of the OpenAPI document with a JSON Schema 2020-12 validator
 * (the OpenAPI 3.1 dialect, formats asserted), {@code $ref}s resolved inside the document.
 */
final class SchemaCheck {
  /** The document's id for the validator; never fetched, the text is registered under it. */
  private static final String BASE = "https://insighta.invalid/openapi.json";

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  SchemaCheck(String documentText) {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    this.registry =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(),
            builder -> builder.schemas(Map.of(BASE, documentText)).schemaRegistryConfig(config));
  }

  /**
   * The violations of {@code json} against the schema at {@code pointer}, each naming the JSON
   * pointer of the failing value; empty when it conforms.
   */
  List<String> violations(String pointer, String json) {
    Schema schema =
        schemas.computeIfAbsent(
            pointer, at -> registry.getSchema(SchemaLocation.of(BASE + "#" + fragment(at))));
    return schema.validate(json, InputFormat.JSON).stream().map(SchemaCheck::describe).toList();
  }

  private static String describe(Error error) {
    String at = error.getInstanceLocation().toString();
    return "at JSON pointer \""
        + at
        + "\": "
        + error.getMessage()
        + " (schema "
        + error.getSchemaLocation()
        + ")";
  }

  /** A JSON pointer as a URI fragment: characters a fragment may not hold are percent-encoded. */
  private static String fragment(String pointer) {
    return pointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D");
  }
}
