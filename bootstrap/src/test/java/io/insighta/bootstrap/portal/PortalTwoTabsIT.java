package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.contract.MutableClock;
import io.insighta.domain.token.RotationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;

/**
 * Two tabs of one signed-in browser whose access token expired together ask the API at the same
 * moment: one refresh serves both (a second one with the same single-use refresh cookie would be a
 * reuse and cost the session), both answers arrive, and both tabs stay signed in. The server runs
 * on a hand-moved clock and counts the refresh rotations it performs.
 */
class PortalTwoTabsIT {
  private static final String LOGIN = "octo-tabs";
  private static final Duration ACCESS_TTL = Duration.ofMinutes(1);
  // Past the lifetime plus the server's 5 s JWT leeway.
  private static final Duration PAST_ACCESS_EXPIRY = ACCESS_TTL.plusSeconds(10);
  // The race is between two tabs of a real browser; several rounds make a lucky pass unlikely.
  private static final int ROUNDS = 5;
  private static final MutableClock CLOCK =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private static final RefreshRotations ROTATIONS = new RefreshRotations();

  /**
   * Arms a tab: on the start signal of round {@code arguments[0]} it calls the API once and leaves
   * the outcome in {@code window.__twoTabs}. A BroadcastChannel message reaches every tab in the
   * same instant, where a timer in the hidden tab would be throttled to the next second.
   */
  private static final String ARM =
      "window.__twoTabs = null;"
          + "var channel = new BroadcastChannel('insighta-it-start-' + arguments[0]);"
          + "channel.onmessage = function () {"
          + "  channel.close();"
          + "  Api.request('/auth/me').then(function (body) {"
          + "    window.__twoTabs = 'signed in as ' + (body && body.data && body.data.username);"
          + "  }, function (e) {"
          + "    window.__twoTabs = 'failed: ' + (e && e.status) + ' ' + (e && e.message);"
          + "  });"
          + "};";

  private static final String FIRE =
      "new BroadcastChannel('insighta-it-start-' + arguments[0]).postMessage('go');";
  private static final String OUTCOME =
      "if (location.pathname === '/login.html') { return 'signed out to /login.html'; }"
          + "return window.__twoTabs === undefined ? 'page reloaded' : window.__twoTabs;";

  private static PortalServer server;
  private static PortalBrowser browser;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server =
        PortalServer.start(
            LOGIN,
            true,
            Map.of("ACCESS_TOKEN_TTL", "1m", "REFRESH_TOKEN_TTL", "5m"),
            CLOCK,
            ROTATIONS);
    browser = PortalBrowser.launch(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    PortalResources.close(browser, server);
  }

  @Test
  void tabsWhoseAccessTokenExpiredTogetherShareOneRefreshAndStaySignedIn() {
    browser.signInWithGithub();
    Map<String, String> tabs = new LinkedHashMap<>();
    tabs.put(browser.driver().getWindowHandle(), "/");
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.open("/account.html");
    browser.waitLoaded();
    tabs.put(browser.driver().getWindowHandle(), "/account.html");
    drainConsoles(tabs);
    String expected = "signed in as " + LOGIN;

    for (int round = 1; round <= ROUNDS; round++) {
      CLOCK.advance(PAST_ACCESS_EXPIRY);
      Map<RotationOutcome.Result, Integer> before = ROTATIONS.snapshot();

      Map<String, String> outcomes = bothAskAtOnce(tabs, round);

      assertThat(outcomes).as("round %d, what each tab got", round).containsOnlyKeys(tabs.keySet());
      assertThat(outcomes.values()).as("round %d, what each tab got", round).containsOnly(expected);
      assertThat(ROTATIONS.since(before))
          .as("round %d, refresh rotations on the server", round)
          .containsEntry(RotationOutcome.Result.ROTATED, 1)
          .containsEntry(RotationOutcome.Result.REUSED, 0)
          .containsEntry(RotationOutcome.Result.INVALID, 0);
    }

    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, String> tab : tabs.entrySet()) {
      browser.driver().switchTo().window(tab.getKey());
      assertThat(browser.location()).as("tab on %s", tab.getValue()).isEqualTo(tab.getValue());
      assertThat(askOnce()).as("tab on %s afterwards", tab.getValue()).isEqualTo(expected);
      errors.addAll(browser.consoleErrors());
    }
    // Each tab's first /auth/me of a round meets the expired access token: that 401 is expected
    // (the browser logs every failed load), once per tab and round; a failed refresh or anything
    // else is not.
    assertThat(errors)
        .hasSize(tabs.size() * ROUNDS)
        .allMatch(
            message ->
                message.contains("/auth/me - Failed to load resource")
                    && message.contains("status of 401"),
            "the expected 401 of /auth/me");
    assertThat(server.refreshStatus(browser.cookie("refresh_token").getValue()))
        .as("the session was never revoked")
        .isEqualTo(200);
  }

  /** Arms every tab, fires the start signal once, and waits for each tab's outcome. */
  private static Map<String, String> bothAskAtOnce(Map<String, String> tabs, int round) {
    for (String tab : tabs.keySet()) {
      browser.driver().switchTo().window(tab);
      browser.driver().executeScript(ARM, round);
    }
    browser.driver().executeScript(FIRE, round);
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (String tab : tabs.keySet()) {
      browser.driver().switchTo().window(tab);
      outcomes.put(tab, browser.until(driver -> outcome()));
    }
    return outcomes;
  }

  private static String outcome() {
    try {
      return (String) browser.driver().executeScript(OUTCOME);
    } catch (WebDriverException navigating) {
      return null;
    }
  }

  private static String askOnce() {
    return (String)
        browser
            .driver()
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "Api.request('/auth/me').then(function (body) {"
                    + "  done('signed in as ' + (body && body.data && body.data.username));"
                    + "}, function (e) { done('failed: ' + (e && e.status)); });");
  }

  private static void drainConsoles(Map<String, String> tabs) {
    for (String tab : tabs.keySet()) {
      browser.driver().switchTo().window(tab);
      browser.consoleErrors();
    }
  }
}
