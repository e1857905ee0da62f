package io.insighta.bootstrap.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.PackagedServer;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged server carries embedded PostgreSQL for every platform a developer works on. */
class ServerJarPlatformsIT {

  @Test
  void theServerJarHoldsPostgresForLinuxAndMacOsOnBothArchitectures() throws IOException {
    try (ZipFile jar = new ZipFile(PackagedServer.JAR.toFile())) {
      List<String> archives =
          jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".txz")).toList();

      assertThat(archives)
          .contains(
              "postgres-linux-x86_64.txz",
              "postgres-linux-arm_64.txz",
              "postgres-darwin-x86_64.txz",
              "postgres-darwin-arm_64.txz");
    }
  }
}
