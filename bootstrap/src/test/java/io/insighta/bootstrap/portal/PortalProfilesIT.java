package io.insighta.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Browsing profiles in the portal: filters, sorting and paging kept in the URL (reload and Back
 * give the same view), the detail page and natural-language search with its interpretation, each
 * checked against what the API answers for the same question.
 */
class PortalProfilesIT {
  private static PortalServer server;
  private static PortalBrowser browser;

  @RegisterExtension
  static final FailureScreenshots FAILURES = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() {
    HeadlessChromium.assumeInstalled();
    server = PortalServer.start("octo-browser", true, Map.of(), Clock.systemUTC());
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
  void filterSortAndPageAreKeptInTheUrlAndSurviveReloadAndBack() {
    browser.open("/profiles.html");
    browser.waitLoaded();
    new Select(browser.byId("filter-gender")).selectByValue("female");
    browser.byId("filter-min-age").sendKeys("18");
    browser.byId("filters-apply").click();
    browser.waitLoaded();
    browser.byId("sort-age").click();
    browser.waitLoaded();
    assertThat(sortOf("age")).isEqualTo("ascending");
    browser.byId("sort-age").click();
    browser.waitLoaded();
    browser.byId("pager-next").click();
    browser.waitLoaded();

    String view = "/profiles.html?gender=female&min_age=18&sort_by=age&order=desc&page=2";
    List<String> pageTwo =
        server.ids("/api/profiles?gender=female&min_age=18&sort_by=age&order=desc&page=2");
    assertThat(browser.location()).isEqualTo(view);
    assertThat(browser.rowIds()).hasSize(2).isEqualTo(pageTwo);
    assertThat(ages()).isSortedAccordingTo((a, b) -> b - a);

    browser.driver().navigate().refresh();
    browser.waitLoaded();
    assertThat(browser.location()).isEqualTo(view);
    assertThat(browser.rowIds()).isEqualTo(pageTwo);
    assertThat(browser.byId("filter-gender").getDomProperty("value")).isEqualTo("female");
    assertThat(browser.byId("filter-min-age").getDomProperty("value")).isEqualTo("18");
    assertThat(browser.byId("filters-count").getText()).isEqualTo("2 active");
    assertThat(sortOf("age")).isEqualTo("descending");
    assertThat(sortOf("created_at")).isEqualTo("none");
    assertThat(browser.byId("pager-status").getDomAttribute("data-page")).isEqualTo("2");
    assertThat(browser.byId("pager-status").getDomAttribute("data-total")).isEqualTo("12");
    assertThat(browser.byId("pager-next").isEnabled()).isFalse();

    browser.driver().navigate().back();
    browser.until(d -> "1".equals(browser.byId("pager-status").getDomAttribute("data-page")));
    browser.waitLoaded();
    assertThat(browser.location())
        .isEqualTo("/profiles.html?gender=female&min_age=18&sort_by=age&order=desc");
    assertThat(browser.rowIds())
        .hasSize(10)
        .isEqualTo(server.ids("/api/profiles?gender=female&min_age=18&sort_by=age&order=desc"));
    browser.screenshot("profiles");
  }

  @Test
  void pageSizeIsPartOfTheBookmarkedView() {
    browser.open("/profiles.html?country_id=ng&sort_by=gender_probability");
    browser.waitLoaded();
    assertThat(browser.byId("filter-country-id").getDomProperty("value")).isEqualTo("NG");
    assertThat(sortOf("gender_probability")).isEqualTo("ascending");
    assertThat(browser.rowIds())
        .hasSize(7)
        .isEqualTo(server.ids("/api/profiles?country_id=NG&sort_by=gender_probability"));

    browser.open("/profiles.html?sort_by=created_at&order=desc");
    browser.waitLoaded();
    new Select(browser.byId("page-size")).selectByValue("20");
    browser.waitLoaded();
    assertThat(browser.location())
        .isEqualTo("/profiles.html?sort_by=created_at&order=desc&limit=20");
    assertThat(browser.rowIds())
        .hasSize(20)
        .isEqualTo(server.ids("/api/profiles?sort_by=created_at&order=desc&limit=20"));
  }

  @Test
  void detailPageShowsEveryFieldOfTheProfile() {
    browser.open("/profiles.html?country_id=GH&sort_by=age");
    browser.waitLoaded();
    String id = browser.rowIds().get(0);
    browser.all("#profiles-tbody a[data-testid='profile-link']").get(0).click();
    browser.until(d -> browser.byId("profile-card").isDisplayed());

    JsonNode profile = server.data("/api/profiles/" + id);
    assertThat(browser.location()).isEqualTo("/profile.html?id=" + id);
    assertThat(browser.byId("profile-name").getText()).isEqualTo(profile.get("name").asText());
    for (Map.Entry<String, JsonNode> field : profile.properties()) {
      assertThat(browser.byId("field-" + field.getKey()).getDomAttribute("data-value"))
          .as(field.getKey())
          .isEqualTo(field.getValue().asText());
    }
    assertThat(profile.properties()).hasSize(10);
    browser.waitLoaded();
    browser.screenshot("profile");
  }

  @Test
  void naturalLanguageSearchShowsHowTheQueryWasInterpretedAndTheResults() {
    browser.open("/search.html");
    browser.waitLoaded();
    browser.byId("search-q").sendKeys("females above 30");
    browser.byId("search-submit").click();
    browser.waitLoaded();

    JsonNode api = server.get("/api/profiles/search?q=females%20above%2030").json();
    Map<String, String> interpreted = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> filter : api.get("interpreted_as").properties()) {
      interpreted.put(filter.getKey(), filter.getValue().asText());
    }
    assertThat(interpreted)
        .containsExactly(Map.entry("gender", "female"), Map.entry("min_age", "30"));
    assertThat(browser.location()).isEqualTo("/search.html?q=females+above+30");
    assertThat(browser.byId("search-interpreted").getText()).startsWith("Interpreted as:");
    assertThat(chips()).isEqualTo(interpreted);
    List<String> ids = server.ids("/api/profiles/search?q=females%20above%2030");
    assertThat(browser.rowIds()).hasSize(8).isEqualTo(ids);

    browser.driver().navigate().refresh();
    browser.waitLoaded();
    assertThat(browser.byId("search-q").getDomProperty("value")).isEqualTo("females above 30");
    assertThat(chips()).isEqualTo(interpreted);
    assertThat(browser.rowIds()).isEqualTo(ids);
    browser.screenshot("search");
  }

  @Test
  void uninterpretableQueryShowsTheServerMessage() {
    browser.open("/search.html");
    browser.waitLoaded();
    browser.byId("search-q").sendKeys("xyzzy plugh");
    browser.byId("search-submit").click();
    browser.waitLoaded();

    WebElement error = browser.byId("results-error");
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getDomAttribute("data-state")).isEqualTo("error");
    assertThat(error.getText()).isEqualTo("Unable to interpret query");
    assertThat(browser.byId("search-interpreted").isDisplayed()).isFalse();
  }

  private static String sortOf(String column) {
    return browser.all("th[data-sort='" + column + "']").get(0).getDomAttribute("aria-sort");
  }

  private static List<Integer> ages() {
    return browser.all("#profiles-tbody td[data-field='age']").stream()
        .map(cell -> Integer.parseInt(cell.getDomAttribute("data-value")))
        .toList();
  }

  private static Map<String, String> chips() {
    Map<String, String> chips = new LinkedHashMap<>();
    for (WebElement chip : browser.all("[data-testid='interpreted-filter']")) {
      chips.put(chip.getDomAttribute("data-key"), chip.getDomAttribute("data-value"));
    }
    return chips;
  }
}
