package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * The account page's access tokens: a token created there is shown once, works as a bearer on the
 * API, is listed without its secret, and stops working as soon as it is revoked there.
 */
class PortalTokensIT {
  private static PortalServer server;
  private static PortalBrowser browser;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server = PortalServer.start("octo-scripter", true, Map.of(), Clock.systemUTC());
    browser = PortalBrowser.launch(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    PortalResources.close(browser, server);
  }

  @Test
  void aTokenCreatedOnTheAccountPageWorksUntilItIsRevokedThere() {
    browser.ensureSignedIn();
    browser.open("/account.html");
    browser.until(d -> browser.byId("tokens-card").isDisplayed());
    browser.until(d -> browser.byId("tokens-status").getDomAttribute("hidden") != null);

    browser.byId("token-name").sendKeys("nightly export");
    new Select(browser.byId("token-scope")).selectByValue("write");
    browser.byId("token-days").clear();
    browser.byId("token-days").sendKeys("7");
    browser.byId("token-submit").click();
    browser.until(d -> browser.byId("token-created").isDisplayed());
    browser.until(d -> browser.all("[data-testid='token-row']").size() == 1);

    String secret = browser.byId("token-secret").getDomProperty("value");
    assertThat(secret).matches("insighta_pat_[A-Za-z0-9_-]{43}");
    assertThat(bearerList(secret).status()).isEqualTo(200);
    assertThat(browser.byId("tokens-table").getText())
        .contains("nightly export", "write")
        .doesNotContain(secret);
    browser.byId("token-copy").click();
    browser.until(d -> !browser.all("[data-testid='toast']").isEmpty());
    browser.screenshot("account-tokens");

    browser.all("[data-testid='token-revoke']").get(0).click();
    browser.until(d -> browser.byId("confirm-dialog").getDomAttribute("open") != null);
    assertThat(browser.byId("confirm-message").getText())
        .isEqualTo("Revoke “nightly export”? Scripts using it stop working at once.");
    browser.byId("confirm-ok").click();
    browser.until(d -> browser.byId("tokens-empty").isDisplayed());

    assertThat(bearerList(secret).status()).isEqualTo(401);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static HttpResult bearerList(String token) {
    return server.fixture().get("/api/profiles?limit=1", token);
  }
}
