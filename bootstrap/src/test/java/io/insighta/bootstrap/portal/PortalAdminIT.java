package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.demographics.FakeDemographicsServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What only an admin does in the portal — create a profile, delete one through the confirmation
 * dialog, manage users — and that the cookie session cannot be ridden by a forged request: not from
 * a script that lacks the CSRF header, and not from a page on another site.
 */
class PortalAdminIT {
  private static final String LOGIN = "octo-boss";
  private static PortalServer server;
  private static PortalBrowser browser;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server = PortalServer.start(LOGIN, true, Map.of(), Clock.systemUTC());
    server.fixture().demographics().knowName("Zanele", "female", 0.97, 29, "ZA", 0.74);
    server.fixture().demographics().knowName("Mallory", "female", 0.88, 35, "GB", 0.51);
    browser = PortalBrowser.launch(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    PortalResources.close(browser, server);
  }

  @BeforeEach
  void signIn() {
    browser.ensureSignedIn();
  }

  @Test
  void adminCreatesAProfileAndDeletesItOnlyAfterConfirming() {
    browser.open("/profiles.html?country_id=ZA");
    browser.waitLoaded();
    browser.byId("create-name").sendKeys("Zanele");
    browser.byId("create-submit").click();
    browser.until(d -> "success".equals(browser.attribute("create-result", "data-state")));
    String id = browser.attribute("create-result", "data-id");
    browser.until(d -> browser.rowIds().contains(id));
    browser.waitLoaded();

    JsonNode created = server.data("/api/profiles/" + id);
    assertThat(created.get("name").asText()).isEqualTo("Zanele");
    assertThat(created.get("country_name").asText()).isEqualTo("South Africa");
    assertThat(browser.byId("create-result").getText()).startsWith("Created: Zanele");
    assertThat(browser.matches("create-name", ":user-invalid"))
        .as("the emptied name field is not shown as an error after a success")
        .isFalse();
    assertThat(browser.rowIds()).isEqualTo(server.ids("/api/profiles?country_id=ZA"));

    deleteButton(id).click();
    browser.until(d -> browser.byId("confirm-dialog").getDomAttribute("open") != null);
    assertThat(browser.byId("confirm-message").getText())
        .isEqualTo("Delete “Zanele”? This cannot be undone.");
    assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("confirm-cancel");
    browser.screenshot("profiles-confirm-delete");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.until(d -> "cancelled".equals(browser.attribute("confirm-dialog", "data-result")));
    assertThat(browser.byId("confirm-dialog").getDomAttribute("open")).isNull();
    assertThat(server.get("/api/profiles/" + id).status()).isEqualTo(200);

    deleteButton(id).click();
    browser.until(d -> browser.byId("confirm-dialog").getDomAttribute("open") != null);
    browser.byId("confirm-ok").click();
    browser.until(d -> !browser.rowIds().contains(id));
    browser.waitLoaded();

    assertThat(browser.all("[data-testid='toast']"))
        .extracting(WebElement::getText)
        .contains("Deleted “Zanele”.");
    assertThat(server.get("/api/profiles/" + id).status()).isEqualTo(404);
    assertThat(browser.rowIds()).hasSize(3);
  }

  @Test
  void scriptWithoutTheCsrfHeaderCannotPostWithTheSessionCookie() {
    browser.open("/profiles.html");
    browser.waitLoaded();
    int lookups = server.fixture().demographics().calls(FakeDemographicsServer.GENDERIZE);
    Map<String, String> headers = Map.of("Content-Type", "application/json", "X-API-Version", "1");

    PageResponse forged = browser.fetch("POST", "/api/profiles", headers, "{\"name\":\"Mallory\"}");
    PageResponse wrongToken =
        browser.fetch(
            "POST",
            "/api/profiles",
            Map.of(
                "Content-Type", "application/json",
                "X-API-Version", "1",
                "X-CSRF-Token", "forged." + browser.cookie("csrf_token").getValue()),
            "{\"name\":\"Mallory\"}");

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.message()).isEqualTo("Invalid CSRF token");
    assertThat(wrongToken.status()).isEqualTo(403);
    assertThat(wrongToken.message()).isEqualTo("Invalid CSRF token");
    assertThat(server.fixture().demographics().calls(FakeDemographicsServer.GENDERIZE))
        .isEqualTo(lookups);
    assertThat(server.profileNames()).doesNotContain("Mallory");
  }

  @Test
  void pageOnAnotherSiteCannotCreateProfilesWithTheSessionCookie() {
    browser.open("/profiles.html");
    browser.waitLoaded();
    String target = server.baseUrl().resolve("/api/profiles").toString();
    // localhost is another site than 127.0.0.1 for the browser, as any attacker's page would be.
    browser.driver().get("http://localhost:" + server.fixture().github().baseUrl().getPort() + "/");

    PageResponse credentialed =
        browser.fetch(
            "POST",
            target,
            Map.of("Content-Type", "application/json", "X-API-Version", "1"),
            "{\"name\":\"Mallory\"}");
    browser
        .driver()
        .executeScript(
            "var f = document.createElement('form');"
                + "f.method = 'post'; f.action = arguments[0]; f.enctype = 'text/plain';"
                + "var i = document.createElement('input');"
                + "i.name = '{\"name\":\"Mallory\",\"x\":\"'; i.value = '\"}';"
                + "f.appendChild(i); document.body.appendChild(f); f.submit();",
            target);
    browser.until(
        d -> d.getCurrentUrl().startsWith(target) && d.getPageSource().contains("\"status\""));

    assertThat(credentialed.status()).as("blocked by CORS before it was sent").isZero();
    assertThat(browser.driver().getPageSource()).contains("\"status\":\"error\"");
    assertThat(server.profileNames()).doesNotContain("Mallory");
  }

  @Test
  void usersPageChangesAnotherUsersRoleAndStatusButNotTheAdminsOwn() {
    String analyst = server.fixture().accessToken("analyst_test_code");
    String analystId = server.fixture().get("/auth/me", analyst).json().at("/data/id").asText();
    browser.open("/users.html");
    browser.waitLoaded();
    browser.until(d -> !userControls(analystId, "user-role-select").isEmpty());
    String ownId =
        browser.all("tr[data-username='" + LOGIN + "']").get(0).getDomAttribute("data-id");

    assertThat(userControls(ownId, "user-role-select").get(0).isEnabled()).isFalse();
    assertThat(userControls(ownId, "user-toggle-active").get(0).isEnabled()).isFalse();
    browser.screenshot("users");
    new Select(userControls(analystId, "user-role-select").get(0)).selectByValue("admin");
    browser.until(d -> "success".equals(browser.attribute("users-status", "data-state")));
    assertThat(browser.byId("users-status").getText()).contains("set to admin.");
    userControls(analystId, "user-toggle-active").get(0).click();
    browser.until(d -> browser.byId("users-status").getText().endsWith("deactivated."));

    JsonNode user = userById(analystId);
    assertThat(user.get("role").asText()).isEqualTo("admin");
    assertThat(user.get("is_active").asBoolean()).isFalse();
    assertThat(server.fixture().get("/api/profiles", analyst).status()).isEqualTo(403);
  }

  private static WebElement deleteButton(String id) {
    return browser.all("[data-testid='delete-profile'][data-id='" + id + "']").get(0);
  }

  private static List<WebElement> userControls(String userId, String testId) {
    return browser.all("[data-testid='" + testId + "'][data-id='" + userId + "']");
  }

  private static JsonNode userById(String id) {
    for (JsonNode user : server.data("/api/users?limit=50")) {
      if (user.get("id").asText().equals(id)) {
        return user;
      }
    }
    throw new AssertionError("no user " + id);
  }
}
