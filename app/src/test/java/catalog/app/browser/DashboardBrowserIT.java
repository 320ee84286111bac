package catalog.app.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in headless Chromium against the real service: it asks for the admin token (and again
 * when refused), shows the pool's figures moving under load, resizes the pool through its form, shows
 * the problem of a refused resize, and says so when the admin API is off. Screenshots go to
 * {@code target/dashboard.png} and {@code target/dashboard-resize-refused.png}.
 */
class DashboardBrowserIT {
  private static final String TOKEN = "browser-admin-token-" + UUID.randomUUID();
  private static final int POOL_SIZE = 4;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshot.dir", "target"));

  private static HeadlessChromium chromium;

  @BeforeAll
  static void startBrowser() {
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void watchesThePoolUnderLoadAndResizesIt() throws Exception {
    try (TestServer server = TestServer.start(Map.of(
        "CATALOG_ADMIN_TOKEN", TOKEN,
        "DB_POOL_MODE", "hikari",
        "DB_POOL_SIZE", String.valueOf(POOL_SIZE),
        "DB_POOL_MAX_OVERFLOW", "0",
        "DB_CONNECTION_TIMEOUT_MS", "3000",
        "DB_STATEMENT_TIMEOUT_MS", "30000"))) {
      String productPath = "/v1/products/" + product(server);
      chromium.driver().get(server.uri("/dashboard").toString());

      signIn();
      seesFiguresMoveUnderLoad(server, productPath);
      resizesThroughTheForm(server);
      showsTheProblemOfARefusedResize(server);

      List<String> console = chromium.console();
      assertTrue(console.stream().noneMatch(line -> line.contains("Content Security Policy")
          || line.contains("Uncaught")), () -> "browser console: " + console);
    }
  }

  @Test
  void saysSoWhenTheAdminApiIsOff() {
    try (TestServer server = TestServer.start(Map.of("CATALOG_ADMIN_TOKEN", ""))) {
      chromium.driver().get(server.uri("/dashboard").toString());
      chromium.await(10, "the status to say the admin API is disabled", d -> "disabled".equals(state()));
      assertTrue(text("status").contains("CATALOG_ADMIN_TOKEN"), text("status"));
      assertTrue(!element("token-form").isDisplayed(), "no token asked for when there is no admin API");
    }
  }

  private void signIn() {
    chromium.await(10, "the page to ask for the admin token", d -> element("token-form").isDisplayed());
    assertEquals("token", state());

    enterToken("not-the-admin-token-0123456789");
    chromium.await(10, "a refused token to be asked for again",
        d -> element("token-form").isDisplayed() && text("token-message").contains("403"));

    enterToken(TOKEN);
    chromium.await(10, "live figures", d -> "live".equals(state()) && text("active").matches("\\d+"));
    assertEquals(TOKEN, chromium.script("return sessionStorage.getItem('catalog.adminToken')"));
    assertEquals(0L, chromium.script("return localStorage.length"));
    assertEquals("", chromium.script("return document.cookie"));
    assertEquals(String.valueOf(POOL_SIZE), text("size-now"));
  }

  /**
   * Holds an exclusive lock on the product table so that readers keep their connections while they
   * wait for it: active reaches the pool size and the other readers queue. Then lets them through.
   */
  private void seesFiguresMoveUnderLoad(TestServer server, String productPath) throws Exception {
    try (ReadLoad load = ReadLoad.start(server.uri(productPath), 3 * POOL_SIZE)) {
      chromium.await(10, "reads to succeed", d -> load.count(200) > 0);
      awaitPolls(3);
      try (Connection lock = TestDatabase.get().connect(); Statement statement = lock.createStatement()) {
        lock.setAutoCommit(false);
        statement.execute("LOCK TABLE product IN ACCESS EXCLUSIVE MODE");
        chromium.await(15, "every connection busy and readers waiting, on the page",
            d -> number("active") == POOL_SIZE && number("pending") > 0);
        awaitPolls(2);
        lock.rollback();
      }
      chromium.await(15, "acquire p99 to show the wait", d -> milliseconds("acquire-p99") > 0);
      awaitPolls(2);
      assertTrue(load.count(200) > 0, () -> "reads: " + load.statuses());
    }
    chromium.await(15, "the pool to drain, on the page", d -> number("active") == 0 && number("pending") == 0);
    Number canvases = (Number) chromium.script(
        "return document.querySelectorAll('#chart-connections canvas, #chart-acquire canvas').length");
    assertEquals(2, canvases.intValue(), "both charts drawn");
  }

  private void resizesThroughTheForm(TestServer server) throws Exception {
    fill("size", "6");
    fill("max-overflow", "2");
    element("resize-form").findElement(By.cssSelector("button[type=submit]")).click();
    chromium.await(10, "the resize to be confirmed", d -> "ok".equals(element("resize-result").getDomAttribute(
        "data-outcome")));
    JsonNode pool = adminPool(server);
    assertEquals(6, pool.get("size").asInt(), pool::toString);
    assertEquals(2, pool.get("max_overflow").asInt(), pool::toString);
    chromium.await(5, "the new size on the page", d -> text("size-now").equals("6")
        && text("max-overflow-now").equals("2"));
    chromium.await(15, "the pool to fill to the new size, on the page", d -> number("total") == 6);
    awaitPolls(2);
    chromium.screenshot(SCREENSHOTS.resolve("dashboard.png"));
  }

  private void showsTheProblemOfARefusedResize(TestServer server) throws Exception {
    fill("size", "0");
    element("resize-form").findElement(By.cssSelector("button[type=submit]")).click();
    chromium.await(10, "the refused resize's problem", d -> "error".equals(element("resize-result").getDomAttribute(
        "data-outcome")));
    String shown = text("resize-result");
    assertTrue(shown.startsWith("422") && shown.contains("size"), shown);
    assertEquals(6, adminPool(server).get("size").asInt(), "a refused resize changes nothing");
    assertNull(chromium.script("return document.querySelector('#token-form:not([hidden])')"));
    chromium.screenshot(SCREENSHOTS.resolve("dashboard-resize-refused.png"));
  }

  private static String product(TestServer server) throws Exception {
    HttpResponse<String> source = server.write("POST", "/v1/sources",
        JSON.createObjectNode().put("name", "browser-" + UUID.randomUUID()).toString());
    assertEquals(201, source.statusCode(), source.body());
    HttpResponse<String> product = server.write("POST", "/v1/products", JSON.createObjectNode()
        .put("name", "Dashboard test product").put("source_id", JSON.readTree(source.body()).get("id").asText())
        .toString());
    assertEquals(201, product.statusCode(), product.body());
    return JSON.readTree(product.body()).get("id").asText();
  }

  private static JsonNode adminPool(TestServer server) throws Exception {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/admin/pool"))
        .header("Authorization", "Bearer " + TOKEN).GET().build());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** Waits for the page to record {@code polls} more points. */
  private static void awaitPolls(int polls) {
    long target = recorded() + polls;
    chromium.await(polls * 3 + 5, polls + " more polls", d -> recorded() >= target);
  }

  private static long recorded() {
    return ((Number) chromium.script("return window.catalogDashboard.recorded()")).longValue();
  }

  private static void enterToken(String token) {
    WebElement input = element("token");
    input.clear();
    input.sendKeys(token);
    element("token-form").findElement(By.cssSelector("button[type=submit]")).click();
  }

  private static void fill(String id, String value) {
    WebElement input = element(id);
    input.clear();
    input.sendKeys(value);
  }

  private static WebElement element(String id) {
    return chromium.driver().findElement(By.id(id));
  }

  private static String text(String id) {
    return element(id).getText().strip();
  }

  private static String state() {
    return element("status").getDomAttribute("data-state");
  }

  private static int number(String id) {
    String shown = text(id);
    return shown.matches("\\d+") ? Integer.parseInt(shown) : -1;
  }

  private static double milliseconds(String id) {
    String shown = text(id).replace(" ms", "");
    return shown.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(shown) : -1;
  }
}
