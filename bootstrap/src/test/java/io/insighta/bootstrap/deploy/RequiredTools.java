package io.insighta.bootstrap.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The programs {@code deploy/insighta-deploy} runs, and which of them this machine lacks. */
final class RequiredTools {
  static final Path INITDB = Path.of("/usr/lib/postgresql/15/bin/initdb");
  private static final List<String> ON_PATH =
      List.of("haproxy", "openssl", "socat", "redis-server", "curl", "ss");

  /** Where Debian puts haproxy; the script adds it to its PATH. */
  private static final String SBIN = "/usr/sbin" + File.pathSeparator + "/sbin";

  private RequiredTools() {}

  static List<String> missing() {
    Stream<String> commands = ON_PATH.stream().filter(tool -> !onPath(tool));
    Stream<String> postgres =
        Files.isExecutable(INITDB) ? Stream.empty() : Stream.of(INITDB + " (postgresql-15)");
    return Stream.concat(commands, postgres).toList();
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + SBIN;
    return Stream.of(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }
}
