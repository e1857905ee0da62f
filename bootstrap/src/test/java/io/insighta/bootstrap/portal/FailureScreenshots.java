package io.insighta.bootstrap.portal;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriverException;

/**
 * Keeps what the browser showed when a portal test failed, under {@code
 * target/portal-screenshots/failures/<Class>-<method>.png|html}, so a red CI run can be read.
 */
final class FailureScreenshots implements TestWatcher {
  private final Supplier<PortalBrowser> browser;

  FailureScreenshots(Supplier<PortalBrowser> browser) {
    this.browser = browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    PortalBrowser current = browser.get();
    if (current == null) {
      return;
    }
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getRequiredTestMethod().getName();
    try {
      current.keepFailure(name);
    } catch (WebDriverException | java.io.UncheckedIOException e) {
      cause.addSuppressed(e);
    }
  }
}
