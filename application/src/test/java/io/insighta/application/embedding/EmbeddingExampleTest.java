package io.insighta.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.profile.ProfileListResult;
import io.insighta.application.profile.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void embeddingExampleCreatesListsAndSearchesWithoutServerOrDatabase() {
    List<Object> results = EmbeddingExample.run();
    ProfileListResult all = (ProfileListResult) results.get(0);
    SearchResult women = (SearchResult) results.get(1);
    assertThat(all.page().total()).isEqualTo(1);
    assertThat(all.page().items().get(0).name().value()).isEqualTo("Ella");
    assertThat(women.result().page().total()).isEqualTo(1);
    assertThat(women.interpretedAs().country().code()).isEqualTo("NG");
  }

  @Test
  void architectureDocShowsTheExampleVerbatim() throws IOException {
    Path readme = Path.of("..", "docs", "architecture.md");
    Path source = Path.of("src/test/java/io/insighta/application/embedding/EmbeddingExample.java");
    String example = between(Files.readAllLines(source), "DOC-EXAMPLE-START", "DOC-EXAMPLE-END");
    assertThat(Files.readString(readme)).contains(example);
  }

  private static String between(List<String> lines, String start, String end) {
    int from = indexContaining(lines, start) + 1;
    int to = indexContaining(lines, end);
    return lines.subList(from, to).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
  }

  private static int indexContaining(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker missing: " + marker);
  }
}
