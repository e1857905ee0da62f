package io.insighta.bootstrap.portal;

/** Closes what a portal test class started, browser first, whatever failed to start. */
final class PortalResources {
  private PortalResources() {}

  static void close(PortalBrowser browser, PortalServer server) {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
