package io.insighta.bootstrap.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build writes a CycloneDX bill of materials of what the server jar ships, and only that. */
class ServerSbomIT {
  private static final Path SBOM = Path.of("target", "insighta-server.sbom.json");

  @Test
  void theSbomListsTheShippedLibrariesAtTheirPinnedVersionsAndNoTestTools() throws IOException {
    JsonNode bom = new ObjectMapper().readTree(SBOM.toFile());
    Map<String, String> versions = new HashMap<>();
    bom.get("components")
        .forEach(c -> versions.put(c.get("name").asText(), c.get("version").asText()));

    assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(versions)
        .containsEntry("jetty-server", "12.1.14")
        .containsEntry("guava", "33.8.0-jre")
        .containsKeys("javalin", "jooq", "postgresql", "jedis", "java-jwt")
        .doesNotContainKeys("selenium-java", "junit-jupiter-api", "embedded-redis");
  }
}
