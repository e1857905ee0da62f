package io.insighta.bootstrap.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for one test class, pointed at one server: navigation, waits on the
 * portal's {@code data-*} hooks, cookies, {@code fetch} from inside the page, and downloads.
 */
final class PortalBrowser implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String FETCH =
      "var done = arguments[arguments.length - 1];"
          + "var init = {method: arguments[1], credentials: 'include', headers: arguments[2]};"
          + "if (arguments[3] !== null) { init.body = arguments[3]; }"
          + "fetch(arguments[0], init).then(function (r) {"
          + "  return r.text().then(function (t) { done({status: r.status, body: t}); });"
          + "}).catch(function (e) { done({status: 0, body: String(e)}); });";

  private final ChromeDriver driver;
  private final URI base;
  private final Path profile;
  private final Path downloads;

  private PortalBrowser(ChromeDriver driver, URI base, Path profile, Path downloads) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
    this.downloads = downloads;
  }

  static PortalBrowser launch(URI base) {
    try {
      Path profile = Files.createTempDirectory("insighta-chromium-");
      Path downloads = Files.createTempDirectory("insighta-downloads-");
      ChromeDriver driver = HeadlessChromium.start(profile, downloads, WAIT);
      PortalScreenshots.use(driver, PortalScreenshots.Viewport.DESKTOP);
      return new PortalBrowser(driver, base, profile, downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in the way a person does: "Continue with GitHub" on the login page, through the authorize
   * redirect of the (fake) GitHub and the callback, until the dashboard is ready.
   */
  void signInWithGithub() {
    open("/login.html");
    byId("login-github").click();
    until(d -> "true".equals(bodyData("ready")));
  }

  /** Waits for the login page to have shown its message (it is set by script after parsing). */
  void waitForLoginMessage() {
    until(d -> "login".equals(bodyData("page")) && !byId("login-message").getText().isEmpty());
  }

  /** Signs in unless the browser still holds a session cookie. */
  void ensureSignedIn() {
    if (cookie("refresh_token") == null) {
      signInWithGithub();
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String pathAndQuery) {
    driver.get(base.resolve(pathAndQuery).toString());
  }

  /** Opens an absolute URL, for another host name of the same server. */
  void openUrl(URI url) {
    driver.get(url.toString());
  }

  /** The URL the browser shows now. */
  URI currentUrl() {
    return URI.create(driver.getCurrentUrl());
  }

  /**
   * The console errors (failed requests included) logged since the last call; GitHub avatars are
   * left out because this test machine's closed network cannot resolve their host.
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.startsWith("https://avatars.githubusercontent.com/"))
        .toList();
  }

  /** Waits until {@code /auth/me} answered and the page's main request (if any) finished. */
  void waitLoaded() {
    until(
        d ->
            "true".equals(bodyData("ready"))
                && !"true".equals(bodyData("loading"))
                && !"true".equals(attribute("profiles-table", "aria-busy")));
  }

  <T> T until(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** An element's attribute, or null when the element is not in the page. */
  String attribute(String id, String name) {
    List<WebElement> found = driver.findElements(By.id(id));
    return found.isEmpty() ? null : found.get(0).getDomAttribute(name);
  }

  String bodyData(String name) {
    return driver.findElement(By.tagName("body")).getDomAttribute("data-" + name);
  }

  /** The current page as {@code /path?query}. */
  String location() {
    URI now = URI.create(driver.getCurrentUrl());
    return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
  }

  /** The profile ids of the result table, top to bottom. */
  List<String> rowIds() {
    return all("#profiles-tbody tr[data-testid='profile-row']").stream()
        .map(row -> row.getDomAttribute("data-id"))
        .toList();
  }

  Cookie cookie(String name) {
    return driver.manage().getCookieNamed(name);
  }

  /** Runs {@code fetch(path, {method, headers, body, credentials: 'include'})} in the page. */
  PageResponse fetch(String method, String url, Map<String, String> headers, String body) {
    Object result = driver.executeAsyncScript(FETCH, url, method, headers, body);
    Map<?, ?> answer = (Map<?, ?>) result;
    return new PageResponse(
        ((Number) answer.get("status")).intValue(), (String) answer.get("body"));
  }

  /** Forgets earlier downloads so the next one is the only file. */
  void clearDownloads() {
    HeadlessChromium.delete(downloads, true);
  }

  /** Waits for Chromium to finish writing the named download. */
  Path awaitDownload(String filename) {
    Path file = downloads.resolve(filename);
    Path partial = downloads.resolve(filename + ".crdownload");
    return until(d -> Files.isRegularFile(file) && !Files.exists(partial) ? file : null);
  }

  List<Path> screenshot(String page) {
    return PortalScreenshots.capture(driver, page);
  }

  /** Whether the element currently matches a CSS selector, e.g. {@code :user-invalid}. */
  boolean matches(String id, String selector) {
    return Boolean.TRUE.equals(
        driver.executeScript("return arguments[0].matches(arguments[1]);", byId(id), selector));
  }

  /** Keeps the picture, address and markup of a failed test next to the screenshots. */
  void keepFailure(String name) {
    Path directory = PortalScreenshots.DIRECTORY.resolve("failures");
    PortalScreenshots.captureAsIs(driver, directory.resolve(name + ".png"));
    try {
      Files.writeString(
          directory.resolve(name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      HeadlessChromium.delete(downloads, false);
      HeadlessChromium.delete(profile, false);
    }
  }
}
