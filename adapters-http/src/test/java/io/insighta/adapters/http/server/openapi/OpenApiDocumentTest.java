package io.insighta.adapters.http.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  private final OpenApiDocument document = OpenApiDocument.load();
  private final SchemaCheck schemas = new SchemaCheck(document.text());

  @Test
  void parsesAsOpenApi31WithoutASingleMessage() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document.text(), null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getSpecVersion().name()).isEqualTo("V31");
  }

  @Test
  void everyOperationHasAUniqueIdASuccessAnswerAndSecurityStated() {
    Set<String> ids = new HashSet<>();
    for (ApiOperation op : document.operations()) {
      assertThat(ids.add(op.node().path("operationId").asText())).as(op.route()).isTrue();
      assertThat(op.node().path("responses").fieldNames())
          .as(op.route())
          .toIterable()
          .anyMatch(status -> status.startsWith("2") || status.startsWith("3"));
      assertThat(op.node().has("security")).as(op.route() + " states its security").isTrue();
    }
  }

  @Test
  void everyReferenceNamesSomethingInTheDocument() {
    List<String> refs = new ArrayList<>();
    references(document.root(), refs);

    assertThat(refs).hasSizeGreaterThan(100);
    assertThat(refs)
        .allSatisfy(
            ref ->
                assertThat(document.root().at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
  }

  @Test
  void everyMediaTypeExampleMatchesItsOwnSchema() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String pointer : mediaTypesWithExamples()) {
      JsonNode media = document.root().at(pointer);
      String type = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/");
      List<JsonNode> examples = new ArrayList<>();
      if (media.has("example")) {
        examples.add(media.get("example"));
      }
      media.path("examples").forEach(example -> examples.add(example.path("value")));
      for (JsonNode example : examples) {
        String json =
            Bodies.isJson(type)
                ? example.toString()
                : Bodies.asJson(type, example.asText()).orElseThrow();
        schemas.violations(pointer + "/schema", json).forEach(v -> problems.add(pointer + " " + v));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(15);
    assertThat(problems).isEmpty();
  }

  private List<String> mediaTypesWithExamples() {
    List<String> pointers = new ArrayList<>();
    collect(document.root(), "", pointers);
    return pointers;
  }

  private static void references(JsonNode node, List<String> found) {
    if (node.has("$ref")) {
      found.add(node.get("$ref").asText());
    }
    node.forEach(child -> references(child, found));
  }

  private static void collect(JsonNode node, String pointer, List<String> found) {
    if (!node.isObject()) {
      return;
    }
    if (node.has("schema")
        && (node.has("example") || node.has("examples"))
        && pointer.contains("/content/")) {
      found.add(pointer);
    }
    node.properties()
        .forEach(
            field ->
                collect(
                    field.getValue(),
                    pointer + "/" + OpenApiDocument.escape(field.getKey()),
                    found));
  }
}
