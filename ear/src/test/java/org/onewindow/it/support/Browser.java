package org.onewindow.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, as a person would use the
 * platform. Each instance is a fresh browser profile: no cookies, so no session, until it logs in.
 * The browser asks for Chinese first, as a user in China would.
 */
public final class Browser implements AutoCloseable {

  /** How long a page may take to show what a step waits for; not a measurement. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Path profile;
  private final WebDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    try {
      profile = Files.createTempDirectory("onewindow-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        // Chromium refuses some ports outright (10080, for one: ERR_UNSAFE_PORT); a second suite's
        // port set may hit one, so the suite's own WildFly and Keycloak ports are always allowed.
        "--explicitly-allowed-ports="
            + System.getProperty("it.http.port", "8080")
            + ","
            + System.getProperty("it.keycloak.port", "8180"),
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // The page's console messages, where Chromium reports what a Content-Security-Policy refused.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    driver = new ChromeDriver(options);
    wait = new WebDriverWait(driver, PATIENCE);
    // Ajax updates replace elements under our feet: look again rather than fail.
    wait.ignoring(StaleElementReferenceException.class);
  }

  public void open(String url) {
    driver.get(url);
  }

  /**
   * Pins this browser to one node of a cluster at the balancer: HAProxy sends a request carrying
   * its {@code OW_NODE} cookie to that node while it is up (ear/cluster/cluster.sh).
   */
  public void pinTo(String node) {
    driver.get(Platform.BASE_URL + "/api/v1/health");
    driver.manage().deleteCookieNamed("OW_NODE");
    driver.manage().addCookie(new org.openqa.selenium.Cookie("OW_NODE", node, "/"));
  }

  /**
   * Shows pages as a phone of {@code width} × {@code height} CSS pixels would (Chromium's device
   * emulation: the layout viewport and media queries see that width, screenshots have that size); a
   * desktop window cannot be made that narrow.
   */
  public void emulatePhone(int width, int height) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** Resizes the desktop window, e.g. to take a screenshot of a whole page at a desktop width. */
  public void resizeTo(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** Back to the desktop window's own size. */
  public void stopEmulating() {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Whether an element matches now and is visible, without waiting. */
  public boolean isShown(By by) {
    return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /** The element once it is visible. */
  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * The element once it is visible, waiting up to {@code patience}: for answers whose work grows
   * with what the whole run wrote (the audit chain's check reads every record of the run).
   */
  public WebElement find(By by, Duration patience) {
    return new WebDriverWait(driver, patience)
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Every element that matches now, without waiting (an empty list if none). */
  public java.util.List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** The element's text once it is visible, read again if an Ajax update replaced it meanwhile. */
  public String text(By by) {
    return wait.until(
        driver -> {
          try {
            WebElement element = driver.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
          } catch (WebDriverException e) {
            if (replacedMeanwhile(e)) {
              return null;
            }
            throw e;
          }
        });
  }

  /**
   * Types {@code text} into the field, from empty. A page that is still replacing itself (a form
   * posted a moment ago) may swap the field under our feet: then the new one is typed into.
   */
  public void type(By by, String text) {
    wait.until(
        d -> {
          WebElement field = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
          if (field == null) {
            return false;
          }
          field.clear();
          field.sendKeys(text);
          return true;
        });
  }

  public void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /** Waits until some element shows exactly this text. */
  public WebElement findExactText(String text) {
    return find(By.xpath("//*[normalize-space(text())='" + text + "']"));
  }

  /** Waits until the element's text contains {@code text}. */
  public void waitForText(By by, String text) {
    wait.until(
        driver -> {
          try {
            return driver.findElement(by).getText().contains(text);
          } catch (WebDriverException e) {
            if (replacedMeanwhile(e)) {
              return false; // the page was replaced under the element: look again
            }
            throw e;
          }
        });
  }

  /**
   * Whether the element read went away with the page it was on, in either of the ways Chromium says
   * so while a new page loads (a stale reference, or a node no longer in the document).
   */
  private static boolean replacedMeanwhile(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || e instanceof NoSuchElementException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /** Waits for a condition that a page needs a few rounds to reach, such as a job finishing. */
  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition::apply);
  }

  /**
   * Picks {@code label} in a PrimeFaces selectOneMenu: opens the menu by its component id and
   * clicks the item, as a person would, until the component's own select holds it (a click that
   * lands while the panel is still fading in is lost).
   */
  public void choose(String componentId, String label) {
    String css = "#" + componentId.replace(":", "\\:");
    waitUntil(
        d -> {
          WebElement input = d.findElement(By.cssSelector(css + "_input"));
          if (new Select(input).getFirstSelectedOption().getText().equals(label)) {
            return true;
          }
          java.util.List<WebElement> items =
              d.findElements(By.cssSelector(css + "_items li[data-label='" + label + "']"));
          if (!items.isEmpty() && items.get(0).isDisplayed()) {
            items.get(0).click();
          } else {
            d.findElement(By.cssSelector(css)).click();
          }
          return false;
        });
  }

  /** Attaches a file to a file input, which needs not be visible. */
  public void attach(By input, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(input))
        .sendKeys(file.toAbsolutePath().toString());
  }

  public boolean isOnKeycloakLoginPage() {
    return driver.getCurrentUrl().startsWith(Platform.REALM_URL)
        && !driver.findElements(By.id("kc-login")).isEmpty();
  }

  /** Fills Keycloak's login form (the real page of the onewindow realm) and submits it. */
  public void logInAtKeycloak(String username, String password) {
    wait.until(d -> isOnKeycloakLoginPage());
    type(By.id("username"), username);
    type(By.id("password"), password);
    click(By.id("kc-login"));
  }

  /**
   * Logs the test's {@code administrator} in: the password, then Keycloak's OTP page with its next
   * one-time code (every administrative role needs the second factor, GB/T 22239).
   */
  public void logInAsAdministrator(Administrator administrator) {
    logInAtKeycloak(administrator.username(), administrator.password());
    enterOtp(administrator.nextCode());
  }

  /** Fills Keycloak's OTP page and submits it. */
  public void enterOtp(String code) {
    type(By.id("otp"), code);
    click(By.id("kc-login"));
  }

  /**
   * Saves what the browser shows to {@code target/screenshots/NAME.png}, for a person to look at
   * after the run (CI keeps the workspace's target/ for a while).
   */
  public void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(
          dir.resolve(name + "-" + System.getProperty("onewindow.it.database", "h2") + ".png"),
          png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs an asynchronous script in the page: it gets a callback as its last argument ({@code
   * arguments[arguments.length - 1]}) and its result is what it passes to the callback.
   */
  public Object runAsync(String script) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script);
  }

  /** The handle of the window the browser is driving now. */
  public String window() {
    return driver.getWindowHandle();
  }

  /** Waits for a second window (a popup) besides {@code current} and drives it from now on. */
  public void switchToWindowOtherThan(String current) {
    String other =
        wait.until(
            d ->
                d.getWindowHandles().stream()
                    .filter(h -> !h.equals(current))
                    .findFirst()
                    .orElse(null));
    driver.switchTo().window(other);
  }

  /** Waits until only {@code window} is left open (a popup closed itself) and drives it. */
  public void switchBackWhenAlone(String window) {
    wait.until(d -> d.getWindowHandles().size() == 1);
    driver.switchTo().window(window);
  }

  /**
   * What Chromium refused under a page's Content-Security-Policy since the last call: its console
   * messages that name the policy.
   */
  public java.util.List<String> contentSecurityPolicyViolations() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /** Runs a script in the page and returns its result. */
  public Object run(String script) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * The address of the document the frame {@code frame} shows now ({@code chrome-error://…} when
   * the browser refused to show the page there); the browser then drives the top page again.
   */
  public String frameDocumentUrl(By frame) {
    driver.switchTo().frame(find(frame));
    try {
      return (String) run("return document.URL;");
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  /** The driver itself, for support classes that run a tool in the page (Accessibility). */
  WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary profile harms nothing.
    }
  }
}
