package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.client.demographics.FakeDemographicsServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An analyst (a GitHub login not listed in {@code INSIGHTA_ADMIN_LOGINS}) reads everything but sees
 * no admin control anywhere, and the server refuses an analyst's writes even when the page sends
 * them with a valid CSRF token.
 */
class PortalAnalystIT {
  private static PortalServer server;
  private static PortalBrowser browser;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server = PortalServer.start("octo-analyst", false, Map.of(), Clock.systemUTC());
    server.fixture().demographics().knowName("Kwame", "male", 0.91, 17, "GH", 0.66);
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
  void analystSeesNoAdminControlsOnAnyPage() {
    browser.open("/profiles.html");
    browser.waitLoaded();
    assertThat(browser.bodyData("role")).isEqualTo("analyst");
    assertThat(browser.byId("header-role").getText()).isEqualTo("analyst");
    assertThat(browser.rowIds()).hasSize(10);
    assertThat(browser.all("[data-admin-only]")).isEmpty();
    assertThat(browser.all("#create-panel, #create-form, [data-testid='delete-profile']"))
        .isEmpty();
    assertThat(browser.all("#nav-users")).isEmpty();
    assertThat(browser.all("#profiles-table thead th")).hasSize(8);
    browser.screenshot("profiles-analyst");

    browser.all("#profiles-tbody a[data-testid='profile-link']").get(0).click();
    browser.until(d -> browser.byId("profile-card").isDisplayed());
    browser.waitLoaded();
    assertThat(browser.all("#profile-delete, [data-admin-only]")).isEmpty();

    browser.open("/users.html");
    browser.waitLoaded();
    assertThat(browser.byId("users-forbidden").isDisplayed()).isTrue();
    assertThat(browser.byId("users-section").isDisplayed()).isFalse();
    browser.screenshot("users-analyst");

    browser.open("/activity.html");
    browser.waitLoaded();
    assertThat(browser.byId("activity-forbidden").isDisplayed()).isTrue();
    assertThat(browser.byId("activity-section").isDisplayed()).isFalse();
    assertThat(browser.all("#nav-activity")).isEmpty();

    browser.open("/account.html");
    browser.until(d -> browser.byId("tokens-card").isDisplayed());
    assertThat(browser.all("#token-scope option"))
        .extracting(option -> option.getDomAttribute("value"))
        .as("an analyst is never offered the write scope")
        .containsExactly("read");
  }

  @Test
  void serverRefusesAnAnalystsWritesEvenWithAValidCsrfToken() {
    browser.open("/profiles.html");
    browser.waitLoaded();
    String someone = browser.rowIds().get(0);
    String csrf = browser.cookie("csrf_token").getValue();
    int lookups = server.fixture().demographics().calls(FakeDemographicsServer.GENDERIZE);
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "X-API-Version", "1", "X-CSRF-Token", csrf);

    PageResponse create = browser.fetch("POST", "/api/profiles", headers, "{\"name\":\"Kwame\"}");
    PageResponse delete = browser.fetch("DELETE", "/api/profiles/" + someone, headers, null);

    assertThat(create.status()).isEqualTo(403);
    assertThat(create.message()).isEqualTo("Forbidden");
    assertThat(delete.status()).isEqualTo(403);
    assertThat(server.get("/api/profiles/" + someone).status()).isEqualTo(200);
    assertThat(server.data("/api/profiles/stats").get("total").asInt())
        .isEqualTo(SeedProfiles.COUNT);
    assertThat(server.fixture().demographics().calls(FakeDemographicsServer.GENDERIZE))
        .isEqualTo(lookups);
  }

  @Test
  void exportDownloadsTheSameCsvAsTheApiForTheSameFilters() throws IOException {
    browser.open("/profiles.html?country_id=NG&sort_by=age&order=desc");
    browser.waitLoaded();
    browser.clearDownloads();
    browser.byId("export-csv").click();
    browser.until(d -> "success".equals(browser.attribute("export-status", "data-state")));

    String filename = browser.attribute("export-status", "data-filename");
    assertThat(filename).matches("profiles_\\d{8}T\\d{6}Z\\.csv");
    Path file = browser.awaitDownload(filename);
    byte[] api =
        server.bytes("/api/profiles/export?format=csv&country_id=NG&sort_by=age&order=desc");
    assertThat(Files.readAllBytes(file)).isEqualTo(api);
    assertThat(Files.readAllLines(file))
        .hasSize(8)
        .first()
        .isEqualTo(
            "id,name,gender,gender_probability,age,age_group,country_id,country_name,"
                + "country_probability,created_at");
    assertThat(browser.byId("export-status").getText()).startsWith("Downloaded " + filename);
  }
}
