package io.insighta.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Tells whether the process talks to a terminal, on JDK 17 as on newer ones. */
final class Terminal {
  private Terminal() {}

  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is consulted where it exists
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // JDK 22+ returns a console even when redirected; isTerminal() tells the truth there.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
