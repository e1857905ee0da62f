package io.insighta.cli.output;

/** The line under a paged table: {@code Page 1 of 203 · 2026 total}. */
public final class PageFooter {
  private PageFooter() {}

  public static String text(long page, long totalPages, long total) {
    return "Page " + page + " of " + totalPages + " · " + total + " total";
  }
}
