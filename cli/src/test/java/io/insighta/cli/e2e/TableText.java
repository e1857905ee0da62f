package io.insighta.cli.e2e;

import java.util.List;

/** Reads back the tables the CLI prints: columns are separated by at least two spaces. */
final class TableText {
  private TableText() {}

  static String[] cells(String line) {
    return line.split(" {2,}", -1);
  }

  /** The NAME column of every row (a row starts with a profile id) of the table in {@code out}. */
  static List<String> names(String out) {
    return out.lines()
        .filter(line -> line.matches("[0-9a-f]{8}-.*"))
        .map(line -> cells(line)[1])
        .toList();
  }
}
