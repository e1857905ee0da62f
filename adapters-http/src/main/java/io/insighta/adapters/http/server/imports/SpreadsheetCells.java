package io.insighta.adapters.http.server.imports;

/**
 * Keeps exported text from running as a spreadsheet formula (OWASP "CSV injection"): a cell that
 * begins (after any quotes) with {@code = + - @}, TAB or CR is prefixed with a {@code '}, which
 * spreadsheets show as text and do not display.
 */
public final class SpreadsheetCells {
  private SpreadsheetCells() {}

  public static String neutralised(String cell) {
    return needsQuote(cell) ? "'" + cell : cell;
  }

  /** The exported text back as it was stored: the exact inverse of {@link #neutralised}. */
  public static String restored(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' && needsQuote(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  /** Names that already begin with quotes before a formula get one more, so restoring is exact. */
  private static boolean needsQuote(String cell) {
    int start = 0;
    while (start < cell.length() && cell.charAt(start) == '\'') {
      start++;
    }
    if (start == cell.length()) {
      return false;
    }
    char first = cell.charAt(start);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
