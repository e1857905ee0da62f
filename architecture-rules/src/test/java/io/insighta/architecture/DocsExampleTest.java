package io.insighta.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocsExampleTest {

  private static final Path EXAMPLE =
      Path.of(
          "src/test/java/com/example/insighta/adapters/mongo/MongoAdapterArchitectureTest.java");

  @Test
  void architectureDocShowsTheCompiledThirdPartyExampleVerbatim() throws IOException {
    String readme =
        Files.readString(Path.of("..", "docs", "architecture.md"), StandardCharsets.UTF_8);
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);

    assertThat(readme).contains("```java\n" + example + "```\n");
  }

  @Test
  void architectureDocNamesEveryRule() throws IOException {
    String readme =
        Files.readString(Path.of("..", "docs", "architecture.md"), StandardCharsets.UTF_8);

    assertThat(Arrays.stream(HexagonalRules.class.getDeclaredMethods()))
        .filteredOn(method -> Modifier.isPublic(method.getModifiers()))
        .filteredOn(method -> method.getReturnType().equals(ArchRule.class))
        .isNotEmpty()
        .allSatisfy(method -> assertThat(readme).contains("`" + method.getName() + "`"));
  }
}
