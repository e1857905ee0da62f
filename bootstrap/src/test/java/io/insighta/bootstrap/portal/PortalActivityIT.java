package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin's Activity page shows the audit trail as the API pages it, and filters it. */
class PortalActivityIT {
  private static PortalServer server;
  private static PortalBrowser browser;
  private static String apiToken;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server = PortalServer.start("octo-auditor", true, Map.of(), Clock.systemUTC());
    browser = PortalBrowser.launch(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    PortalResources.close(browser, server);
  }

  @Test
  void theActivityPageListsTheTrailNewestFirstAndFiltersItByAction() {
    browser.ensureSignedIn();
    // Signed in once before the page loads: a sign-in is itself an entry of the trail.
    apiToken = server.fixture().accessToken("test_code");
    browser.open("/activity.html");
    awaitRows();

    assertThat(rowIds()).isEqualTo(ids("/api/audit?limit=10"));
    assertThat(browser.byId("activity-tbody").getText()).contains("session.sign_in");
    browser.screenshot("activity");

    new Select(browser.byId("filter-action")).selectByValue("session.sign_in");
    browser.byId("activity-apply").click();
    browser.until(d -> browser.location().contains("action=session.sign_in"));
    awaitRows();

    assertThat(rowIds()).isEqualTo(ids("/api/audit?limit=10&action=session.sign_in"));
    assertThat(browser.all("[data-testid='audit-row']"))
        .extracting(row -> row.getDomAttribute("data-action"))
        .containsOnly("session.sign_in");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static void awaitRows() {
    browser.until(
        d ->
            "false".equals(browser.attribute("activity-table", "aria-busy"))
                && !browser.all("[data-testid='audit-row']").isEmpty());
  }

  private static List<String> rowIds() {
    return browser.all("[data-testid='audit-row']").stream()
        .map((WebElement row) -> row.getDomAttribute("data-id"))
        .toList();
  }

  private static List<String> ids(String pathAndQuery) {
    List<String> ids = new ArrayList<>();
    for (JsonNode entry : server.fixture().get(pathAndQuery, apiToken).json().get("data")) {
      ids.add(entry.get("id").asText());
    }
    return ids;
  }
}
