package catalog.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver (no browser or driver download: Selenium
 * Manager is never asked because both paths are given). {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER}
 * override the Debian paths. Each instance has a fresh profile directory, removed on close.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final String INSTALL_HINT = "install them with scripts/test-browser, or as root: "
      + "apt-get update && apt-get install chromium chromium-driver";

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  public static HeadlessChromium start() {
    Path binary = executable("CHROMIUM_BINARY", "/usr/bin/chromium");
    Path chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    Path profile;
    try {
      profile = Files.createTempDirectory("catalog-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    // The closed-network flags: without them Chromium stalls on calls home that never answer.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();
    return new HeadlessChromium(profile, new ChromeDriver(service, options));
  }

  private static Path executable(String variable, String fallback) {
    String given = System.getenv(variable);
    Path path = Path.of(given == null || given.isBlank() ? fallback : given);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("browser tests need " + path + " (set " + variable + " to another path); "
          + INSTALL_HINT);
    }
    return path;
  }

  public WebDriver driver() {
    return driver;
  }

  public Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  /** Waits up to {@code seconds} for {@code condition} to be true (or non-null); the message says what. */
  public <T> T await(int seconds, String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds))
        .withMessage(what)
        .pollingEvery(Duration.ofMillis(100))
        .until(condition::apply);
  }

  /** The page's console messages since the last call. */
  public List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::toString)
        .toList();
  }

  /** Saves what the window shows as a PNG. */
  public Path screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
      return Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // a leftover temp profile is harmless
      }
    }
  }
}
