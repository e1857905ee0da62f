package io.insighta.bootstrap.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Viewport emulation and the page pictures: every page at desktop (1280×900) and phone (390×844)
 * width, written to {@code target/portal-screenshots/<page>-<desktop|phone>.png}.
 */
final class PortalScreenshots {
  static final Path DIRECTORY = Path.of("target", "portal-screenshots");

  /** The two widths the portal is designed for. */
  enum Viewport {
    DESKTOP("desktop", 1280, 900, false),
    PHONE("phone", 390, 844, true);

    final String label;
    final int width;
    final int height;
    final boolean mobile;

    Viewport(String label, int width, int height, boolean mobile) {
      this.label = label;
      this.width = width;
      this.height = height;
      this.mobile = mobile;
    }
  }

  private PortalScreenshots() {}

  /** Makes the page lay out exactly as on this viewport (CSS pixels, device scale 1). */
  static void use(ChromeDriver driver, Viewport viewport) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", viewport.width,
            "height", viewport.height,
            "deviceScaleFactor", 1,
            "mobile", viewport.mobile));
  }

  /** Pictures the current page at both widths and returns to desktop width. */
  static List<Path> capture(ChromeDriver driver, String page) {
    List<Path> files = new ArrayList<>();
    try {
      for (Viewport viewport : Viewport.values()) {
        use(driver, viewport);
        settle(driver);
        files.add(
            write(DIRECTORY.resolve(page + "-" + viewport.label + ".png"), png(driver, viewport)));
      }
    } finally {
      use(driver, Viewport.DESKTOP);
      settle(driver);
    }
    return files;
  }

  /** Saves the current viewport as it is, e.g. when a test failed. */
  static Path captureAsIs(ChromeDriver driver, Path file) {
    return write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  private static byte[] png(ChromeDriver driver, Viewport viewport) {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    int width = widthOf(png);
    if (width != viewport.width) {
      throw new AssertionError(
          viewport.label + " screenshot is " + width + " px wide, expected " + viewport.width);
    }
    return png;
  }

  /** Shows the top of the page and waits two frames so the new layout has been painted. */
  private static void settle(ChromeDriver driver) {
    driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1]; window.scrollTo(0, 0);"
            + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });");
  }

  private static int widthOf(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      return image == null ? -1 : image.getWidth();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, byte[] png) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
