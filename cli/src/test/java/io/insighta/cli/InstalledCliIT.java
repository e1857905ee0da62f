package io.insighta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI as a user installs it: its version comes from the jar manifest, and the install
 * script puts a bash completion and man pages generated from the same jar in place.
 */
class InstalledCliIT {
  private static final Path JAR = Path.of("target", "insighta-cli.jar");

  @TempDir Path temp;

  @Test
  void theJarNamesItsVersionAndInstallsItsCompletionAndManPages() throws Exception {
    assertThat(run("java", "-jar", JAR.toString(), "--version"))
        .isEqualTo("insighta 1.0.0" + System.lineSeparator());

    run("sh", Path.of("install.sh").toAbsolutePath().toString(), "--jar", JAR.toString());

    assertThat(Files.readString(temp.resolve("completion/insighta")))
        .contains("complete -F")
        .contains("tokens")
        .contains("audit");
    Path pages = temp.resolve("man/man1");
    assertThat(Files.readString(pages.resolve("insighta.1")))
        .contains(".TH \"INSIGHTA\" \"1\"")
        .contains("personal access tokens");
    assertThat(pages.resolve("insighta-tokens-create.1")).exists();
    assertThat(pages.resolve("insighta-audit.1")).exists();
    assertThat(pages.resolve("insighta-man-page.1")).doesNotExist();

    run("sh", Path.of("install.sh").toAbsolutePath().toString(), "--uninstall");
    assertThat(temp.resolve("completion/insighta")).doesNotExist();
    assertThat(pages.resolve("insighta.1")).doesNotExist();
  }

  private String run(String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("INSIGHTA_BIN_DIR", temp.resolve("bin").toString());
    builder.environment().put("INSIGHTA_LIB_DIR", temp.resolve("lib").toString());
    builder.environment().put("INSIGHTA_COMPLETION_DIR", temp.resolve("completion").toString());
    builder.environment().put("INSIGHTA_MAN_DIR", temp.resolve("man").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
