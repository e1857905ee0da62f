package io.insighta.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table whose columns are padded to their widest cell. */
public final class Table {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  public Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells");
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "-" : c).toList());
    return this;
  }

  public void print(PrintWriter out, Style style) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(headers.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    out.println(style.bold(line(headers, widths)));
    rows.forEach(row -> out.println(line(row, widths)));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - width(cell))).append(GAP);
      }
    }
    return line.toString();
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
