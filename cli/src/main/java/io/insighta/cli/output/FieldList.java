package io.insighta.cli.output;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

/** Prints {@code key value} lines with the values aligned. */
public final class FieldList {
  private FieldList() {}

  public static void print(PrintWriter out, Style style, Map<String, String> fields) {
    int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
    fields.forEach(
        (key, value) ->
            out.println(
                style.bold(key)
                    + " ".repeat(width - key.length() + 2)
                    + Objects.requireNonNullElse(value, "-")));
  }
}
