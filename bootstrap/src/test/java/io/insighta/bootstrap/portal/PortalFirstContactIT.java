package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new user's first contact: a signed-out visitor causes no failed request, a sign-in started
 * under another host name of the server still completes, and no page logs a console error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalFirstContactIT {
  private static final List<String> PAGES =
      List.of(
          "/",
          "/profiles.html",
          "/search.html?q=young%20males%20from%20nigeria",
          "/account.html",
          "/users.html",
          "/activity.html");
  private static PortalServer server;
  private static PortalBrowser browser;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server = PortalServer.start("first-contact", true, Map.of(), Clock.systemUTC());
    browser = PortalBrowser.launch(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    PortalResources.close(browser, server);
  }

  @Test
  @Order(1)
  void aSignedOutVisitorLandsOnTheSignInPageWithoutAnyFailedRequest() {
    for (String page : PAGES) {
      browser.open(page);
      browser.until(d -> "login".equals(browser.bodyData("page")));

      assertThat(browser.location()).isEqualTo("/login.html");
      assertThat(browser.consoleErrors()).as("console of %s signed out", page).isEmpty();
    }
  }

  @Test
  @Order(2)
  void signInStartedUnderAnotherHostNameCompletesOnThePublicOne() {
    URI base = server.baseUrl();
    URI otherHost = URI.create("http://localhost:" + base.getPort() + "/login.html");

    browser.openUrl(otherHost);
    browser.until(d -> "login".equals(browser.bodyData("page")));
    assertThat(browser.currentUrl().getHost()).isEqualTo(base.getHost());
    browser.byId("login-github").click();
    browser.until(d -> "true".equals(browser.bodyData("ready")));

    assertThat(browser.currentUrl().getHost()).isEqualTo(base.getHost());
    assertThat(browser.location()).isNotEqualTo("/login.html");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  @Order(3)
  void noSignedInPageLogsAConsoleError() {
    for (String page : PAGES) {
      browser.open(page);
      browser.waitLoaded();

      assertThat(browser.consoleErrors()).as("console of %s", page).isEmpty();
    }
  }

  @Test
  @Order(4)
  void anExpiredSignInShowsWhatHappenedAndOffersToStartAgain() {
    browser.open("/auth/github/callback?code=abc&state=long-gone");
    browser.waitForLoginMessage();

    assertThat(browser.location()).isEqualTo("/login.html?error=state_expired");
    assertThat(browser.byId("login-message").getText()).contains("expired", "Start again");
    assertThat(browser.byId("login-github").isDisplayed()).isTrue();
  }
}
