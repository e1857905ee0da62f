package io.insighta.cli.auth;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Opens URLs with java.awt.Desktop, falling back to {@code open} or {@code xdg-open}. */
public final class SystemBrowser implements BrowserOpener {
  @Override
  public boolean open(URI url) {
    return viaDesktop(url) || viaCommand(url);
  }

  private static boolean viaDesktop(URI url) {
    try {
      if (GraphicsEnvironment.isHeadless()
          || !Desktop.isDesktopSupported()
          || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        return false;
      }
      Desktop.getDesktop().browse(url);
      return true;
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static boolean viaCommand(URI url) {
    boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    List<String> command = List.of(mac ? "open" : "xdg-open", url.toString());
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
