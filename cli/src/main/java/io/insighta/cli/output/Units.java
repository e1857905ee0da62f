package io.insighta.cli.output;

import java.util.Locale;

/** Human-readable byte counts and counted nouns for progress and summary lines. */
public final class Units {
  private Units() {}

  public static String bytes(long count) {
    if (count < 1024) {
      return count + " B";
    }
    double value = count;
    String[] units = {"KB", "MB", "GB", "TB"};
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** "1 row", "2 rows". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
