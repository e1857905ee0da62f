package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.application.contract.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The browser session end to end: signing in through GitHub's redirect chain, the dashboard, the
 * account page, living through an expired access token, coming back after the whole session
 * expired, and signing out. The server runs on a hand-moved clock so expiry needs no waiting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalSessionIT {
  private static final String LOGIN = "octo-admin";
  private static final Duration ACCESS_TTL = Duration.ofMinutes(1);
  private static final Duration REFRESH_TTL = Duration.ofMinutes(5);
  // Past the lifetime plus the server's 5 s JWT leeway.
  private static final Duration PAST_ACCESS_EXPIRY = ACCESS_TTL.plusSeconds(10);
  private static final MutableClock CLOCK =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private static PortalServer server;
  private static PortalBrowser browser;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server =
        PortalServer.start(
            LOGIN, true, Map.of("ACCESS_TOKEN_TTL", "1m", "REFRESH_TOKEN_TTL", "5m"), CLOCK);
    browser = PortalBrowser.launch(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    PortalResources.close(browser, server);
  }

  @Test
  @Order(1)
  void continueWithGithubFollowsTheRedirectChainToTheSignedInDashboard() {
    browser.open("/login.html");
    assertThat(browser.byId("login-github").getText()).isEqualTo("Continue with GitHub");
    assertThat(browser.cookie("access_token")).isNull();
    browser.screenshot("login");
    int authorizeCalls = server.fixture().github().calls(FakeGithubServer.AUTHORIZE_PATH);

    browser.signInWithGithub();

    assertThat(browser.location()).isEqualTo("/");
    assertThat(browser.bodyData("page")).isEqualTo("dashboard");
    assertThat(server.fixture().github().calls(FakeGithubServer.AUTHORIZE_PATH))
        .isEqualTo(authorizeCalls + 1);
    assertThat(browser.byId("header-username").getText()).isEqualTo(LOGIN);
    assertThat(browser.byId("header-role").getText()).isEqualTo("admin");
    assertThat(browser.cookie("access_token").isHttpOnly()).isTrue();
    assertThat(browser.cookie("refresh_token").isHttpOnly()).isTrue();
    assertThat(browser.cookie("csrf_token").isHttpOnly()).isFalse();
    Object scriptCookies = browser.driver().executeScript("return document.cookie;");
    assertThat(String.valueOf(scriptCookies))
        .contains("csrf_token=")
        .doesNotContain("access_token")
        .doesNotContain("refresh_token");
  }

  @Test
  @Order(2)
  void dashboardShowsTheSameNumbersAsTheStatsApi() {
    browser.ensureSignedIn();
    browser.open("/");
    browser.waitLoaded();
    JsonNode stats = server.data("/api/profiles/stats");

    assertThat(browser.byId("stat-total").getDomAttribute("data-value"))
        .isEqualTo(stats.get("total").asText())
        .isEqualTo(Integer.toString(SeedProfiles.COUNT));
    assertThat(browser.byId("stat-total").getText()).isEqualTo(stats.get("total").asText());
    assertThat(browser.byId("stat-male").getDomAttribute("data-value"))
        .isEqualTo(stats.at("/by_gender/male").asText());
    assertThat(browser.byId("stat-female").getDomAttribute("data-value"))
        .isEqualTo(stats.at("/by_gender/female").asText());
    assertThat(browser.byId("stat-top-country").getDomAttribute("data-value"))
        .isEqualTo(stats.at("/top_countries/0/country_id").asText())
        .isEqualTo("NG");
    for (Map.Entry<String, JsonNode> group : stats.get("by_age_group").properties()) {
      assertThat(barValue("bar-age-group-" + group.getKey()))
          .as("age group %s", group.getKey())
          .isEqualTo(group.getValue().asText());
    }
    var countryBars = browser.all("[data-testid^='bar-country-']");
    assertThat(countryBars).hasSameSizeAs(stats.get("top_countries"));
    for (int i = 0; i < countryBars.size(); i++) {
      JsonNode country = stats.get("top_countries").get(i);
      assertThat(countryBars.get(i).getDomAttribute("data-key"))
          .isEqualTo(country.get("country_id").asText());
      assertThat(countryBars.get(i).getDomAttribute("data-value"))
          .isEqualTo(country.get("count").asText());
    }
    browser.screenshot("dashboard");
  }

  @Test
  @Order(3)
  void accountPageShowsWhoIsSignedIn() {
    browser.ensureSignedIn();
    browser.open("/account.html");
    browser.waitLoaded();
    browser.until(d -> browser.byId("account-card").isDisplayed());

    assertThat(browser.byId("account-username").getText()).isEqualTo(LOGIN);
    assertThat(browser.byId("account-role").getDomAttribute("data-value")).isEqualTo("admin");
    assertThat(browser.byId("account-github-id").getDomAttribute("data-value"))
        .isEqualTo(Long.toString(PortalServer.GITHUB_ID));
    assertThat(browser.byId("account-email").getText()).isEqualTo(LOGIN + "@example.org");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertThat(browser.driver().switchTo().activeElement().getText())
        .as("the first Tab stop")
        .isEqualTo("Skip to content");
    browser.screenshot("account");
  }

  @Test
  @Order(4)
  void pageKeepsWorkingAfterTheAccessTokenExpires() {
    browser.ensureSignedIn();
    browser.open("/profiles.html");
    browser.waitLoaded();
    String oldAccess = browser.cookie("access_token").getValue();

    CLOCK.advance(PAST_ACCESS_EXPIRY);
    assertThat(server.fixture().get("/api/profiles", oldAccess).status()).isEqualTo(401);
    browser.byId("pager-next").click();
    browser.waitLoaded();

    assertThat(browser.location()).isEqualTo("/profiles.html?page=2");
    assertThat(browser.byId("pager-status").getDomAttribute("data-page")).isEqualTo("2");
    assertThat(browser.rowIds()).isEqualTo(server.ids("/api/profiles?page=2&limit=10"));
    assertThat(browser.byId("results-error").isDisplayed()).isFalse();
    Cookie renewed = browser.cookie("access_token");
    assertThat(renewed.getValue()).isNotEqualTo(oldAccess);
    assertThat(server.fixture().get("/api/profiles", renewed.getValue()).status()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void expiredSessionGoesToLoginAndComesBackToTheSameView() {
    browser.ensureSignedIn();
    browser.open("/profiles.html?gender=female&page=2");
    browser.waitLoaded();

    CLOCK.advance(REFRESH_TTL.plus(PAST_ACCESS_EXPIRY));
    browser.byId("pager-prev").click();
    browser.waitForLoginMessage();

    assertThat(browser.byId("login-message").getText())
        .isEqualTo("Your session has ended. Sign in to continue to /profiles.html.");
    browser.byId("login-github").click();
    browser.until(d -> "profiles".equals(browser.bodyData("page")));
    browser.waitLoaded();
    assertThat(browser.location()).isEqualTo("/profiles.html?gender=female");
    assertThat(browser.byId("filter-gender").getDomProperty("value")).isEqualTo("female");
    assertThat(browser.rowIds()).isEqualTo(server.ids("/api/profiles?gender=female"));
  }

  @Test
  @Order(6)
  void signOutClearsTheSessionAndReturnsToLogin() {
    browser.ensureSignedIn();
    browser.open("/account.html");
    browser.waitLoaded();
    String refreshToken = browser.cookie("refresh_token").getValue();

    browser.byId("signout-button").click();
    browser.waitForLoginMessage();

    assertThat(browser.location()).isEqualTo("/login.html?signed_out=1");
    assertThat(browser.byId("login-message").getText()).isEqualTo("You have been signed out.");
    assertThat(browser.driver().manage().getCookies())
        .extracting(Cookie::getName)
        .doesNotContain("access_token", "refresh_token", "csrf_token");
    PageResponse api = browser.fetch("GET", "/api/profiles", Map.of("X-API-Version", "1"), null);
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.message()).isEqualTo("Authentication required");
    assertThat(server.refreshStatus(refreshToken)).as("revoked server-side").isEqualTo(401);

    browser.open("/profiles.html");
    browser.waitForLoginMessage();
    assertThat(browser.location()).isEqualTo("/login.html");
    assertThat(browser.byId("login-message").getText())
        .isEqualTo("Your session has ended. Sign in to continue to /profiles.html.");
  }

  private static String barValue(String testId) {
    return browser.all("[data-testid='" + testId + "']").get(0).getDomAttribute("data-value");
  }
}
