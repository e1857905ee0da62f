package io.insighta.cli.output;

/** ANSI styling that collapses to plain text when colours are off. */
public record Style(boolean enabled) {
  public String bold(String text) {
    return wrap("1", text);
  }

  public String dim(String text) {
    return wrap("2", text);
  }

  public String red(String text) {
    return wrap("31", text);
  }

  public String green(String text) {
    return wrap("32", text);
  }

  public String yellow(String text) {
    return wrap("33", text);
  }

  private String wrap(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
