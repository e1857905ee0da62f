package io.insighta.bootstrap.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the operating system whether a process still runs and what it was started as. */
final class LiveProcesses {
  private LiveProcesses() {}

  /**
   * True while {@code pid} runs; a zombie (exited, not yet reaped, as an orphan is under an init
   * that does not reap) counts as gone, although signals to it still "succeed".
   */
  static boolean isRunning(long pid) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    try {
      String line = Files.readString(stat);
      String afterName = line.substring(line.lastIndexOf(')') + 1).strip();
      return !afterName.startsWith("Z") && !afterName.startsWith("X");
    } catch (IOException e) {
      // No /proc (not Linux) or the process has just exited: trust ProcessHandle.
      return process.get().isAlive();
    }
  }

  /** The program and arguments {@code pid} runs, when the operating system tells. */
  static List<String> commandLine(long pid) {
    return ProcessHandle.of(pid)
        .map(ProcessHandle::info)
        .map(
            info -> {
              List<String> line = new java.util.ArrayList<>();
              info.command().ifPresent(line::add);
              info.arguments().ifPresent(arguments -> line.addAll(List.of(arguments)));
              return line;
            })
        .orElse(List.of());
  }
}
