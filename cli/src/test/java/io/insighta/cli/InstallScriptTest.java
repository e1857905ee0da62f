package io.insighta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallScriptTest {
  @TempDir Path temp;

  private int install(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 2];
    command[0] = "sh";
    command[1] = Path.of("install.sh").toAbsolutePath().toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("INSIGHTA_BIN_DIR", temp.resolve("bin").toString());
    builder.environment().put("INSIGHTA_LIB_DIR", temp.resolve("lib").toString());
    builder.environment().put("INSIGHTA_COMPLETION_DIR", temp.resolve("completion").toString());
    builder.environment().put("INSIGHTA_MAN_DIR", temp.resolve("man").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    return process.exitValue();
  }

  @Test
  void installsAnExecutableLauncherAndUninstallRemovesIt() throws Exception {
    Path jar = Files.writeString(temp.resolve("given.jar"), "not really a jar");

    assertThat(install("--jar", jar.toString())).isZero();

    Path launcher = temp.resolve("bin/insighta");
    assertThat(temp.resolve("lib/insighta-cli.jar")).hasContent("not really a jar");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(launcher)))
        .isEqualTo("rwxr-xr-x");
    assertThat(Files.readString(launcher))
        .contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto")
        .contains("-jar \"$jar\" \"$@\"")
        .contains(temp.resolve("lib/insighta-cli.jar").toString());

    assertThat(install("--uninstall")).isZero();
    assertThat(launcher).doesNotExist();
    assertThat(temp.resolve("lib")).doesNotExist();
  }

  @Test
  void unknownArgumentIsAUsageError() throws Exception {
    assertThat(install("--frobnicate")).isEqualTo(2);
  }
}
