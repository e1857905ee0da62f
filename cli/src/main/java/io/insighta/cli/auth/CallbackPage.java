package io.insighta.cli.auth;

/** The small HTML page the browser shows once the loopback callback has been handled. */
public record CallbackPage(int status, String title, String message) {
  public static CallbackPage success(String username) {
    return new CallbackPage(
        200, "Logged in", "Logged in as @" + username + ". You can close this tab.");
  }

  public static CallbackPage failure(String message) {
    return new CallbackPage(400, "Login failed", message + " Return to the terminal.");
  }

  public String html() {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Insighta — "
        + escape(title)
        + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
        + escape(title)
        + "</h1><p>"
        + escape(message)
        + "</p></body></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
