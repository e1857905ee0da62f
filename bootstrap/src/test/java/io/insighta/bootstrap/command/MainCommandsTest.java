package io.insighta.bootstrap.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainCommandsTest {

  @Test
  void generateWritesDeterministicCsvInTheExportColumns(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a.csv");
    Path second = dir.resolve("b.csv");
    assertThat(run("generate", "25", "-o", first.toString(), "--seed", "9")).isZero();
    assertThat(run("generate", "25", "-o", second.toString(), "--seed", "9")).isZero();

    List<String> lines = Files.readAllLines(first);
    assertThat(lines).hasSize(26);
    assertThat(lines.get(0))
        .isEqualTo(
            "id,name,gender,gender_probability,age,age_group,country_id,country_name,"
                + "country_probability,created_at");
    assertThat(Files.readAllLines(second)).isEqualTo(lines);
  }

  @Test
  void importOfAMissingFileIsAUsageErrorWithExitCodeTwo(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine line = Main.commandLine();
    line.setErr(new PrintWriter(err));
    int exit = line.execute("import", dir.resolve("absent.json").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("absent.json: no such readable file");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CommandLine line = Main.commandLine();
    line.setErr(new PrintWriter(new StringWriter()));
    assertThat(line.execute("frobnicate")).isEqualTo(2);
  }

  private static int run(String... args) {
    CommandLine line = Main.commandLine();
    line.setErr(new PrintWriter(new StringWriter()));
    return line.execute(args);
  }
}
