package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's static files over real HTTP, with the admin API off: the page is served anyway
 * (it tells the user that {@code /admin/pool} is off). What the page does is {@code DashboardBrowserIT}'s.
 */
class DashboardIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("CATALOG_ADMIN_TOKEN", ""));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pageIsServedWithoutTheAdminApi() {
    HttpResponse<String> page = server.get("/dashboard/");
    assertEquals(200, page.statusCode(), page.body());
    assertType(page, "text/html");
    assertTrue(page.body().contains("/dashboard/dashboard.js"), page.body());
    assertTrue(page.body().contains("/dashboard/vendor/uplot/uPlot.iife.min.js"), page.body());
    assertEquals(404, server.get("/admin/pool").statusCode());
  }

  @Test
  void pathWithoutTrailingSlashServesThePage() {
    HttpResponse<String> page = server.get("/dashboard");
    assertEquals(200, page.statusCode(), page.body());
    assertType(page, "text/html");
  }

  @Test
  void scriptsStylesAndLicenceAreServedFromTheClasspath() {
    assertServed("/dashboard/dashboard.js", "text/javascript", "/admin/pool");
    assertServed("/dashboard/dashboard.css", "text/css", ".figures");
    assertServed("/dashboard/vendor/uplot/uPlot.iife.min.js", "text/javascript", "uPlot (v1.6.32)");
    assertServed("/dashboard/vendor/uplot/uPlot.min.css", "text/css", ".uplot");
    assertServed("/dashboard/vendor/uplot/LICENSE", "", "MIT License");
  }

  @Test
  void pageMayLoadOnlyThisOriginsScriptsStylesAndData() {
    HttpResponse<String> page = server.get("/dashboard/");
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'")
        && policy.contains("connect-src 'self'"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void unknownFileIsNotFound() {
    assertEquals(404, server.get("/dashboard/nothing-here.js").statusCode());
  }

  private static void assertServed(String path, String type, String content) {
    HttpResponse<String> r = server.get(path);
    assertEquals(200, r.statusCode(), path);
    assertType(r, type);
    assertTrue(r.body().contains(content), path + " lacks " + content);
  }

  private static void assertType(HttpResponse<String> r, String type) {
    String contentType = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(contentType.startsWith(type), r.request().uri() + ": Content-Type " + contentType);
  }
}
