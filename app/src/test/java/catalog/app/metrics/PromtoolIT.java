package catalog.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import catalog.app.Catalogs;
import catalog.app.Scrape;
import catalog.app.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exposition passes {@code promtool check metrics}. promtool (Debian package {@code prometheus};
 * {@code scripts/test} installs it where it can) missing is a failure, not a skip, unless
 * {@code CATALOG_NO_PROMTOOL=1} says to do without it; the format checks of {@link ExpositionLint}
 * run either way.
 */
class PromtoolIT {
  static final String OPT_OUT = "CATALOG_NO_PROMTOOL";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("DB_POOL_SIZE", "2"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theExpositionPassesPromtoolCheckMetrics() throws Exception {
    String text = scrapeAfterTraffic();
    Optional<Path> promtool = promtool();
    if (promtool.isEmpty()) {
      if ("1".equals(System.getenv(OPT_OUT))) {
        System.err.println("WARNING: " + OPT_OUT + "=1: /metrics was not checked with promtool, only with "
            + "the built-in format checks");
        assertEquals("", ExpositionLint.problems(text));
        return;
      }
      fail("promtool is not installed, so /metrics cannot be checked with it. Install it (Debian/Ubuntu: "
          + "apt-get install prometheus; scripts/test does so when run as root with apt-get), put it on PATH "
          + "or name it in PROMTOOL, or set " + OPT_OUT + "=1 to run only the built-in format checks.");
    }
    Path file = Files.createTempFile("catalog-metrics", ".txt");
    try {
      Files.writeString(file, text);
      Process check = new ProcessBuilder(promtool.get().toString(), "check", "metrics")
          .redirectInput(file.toFile())
          .redirectErrorStream(true)
          .start();
      assertTrue(check.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, check.exitValue(), "promtool check metrics:\n" + output);
      assertEquals("", output.strip());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void theExpositionPassesTheBuiltInFormatChecks() {
    assertEquals("", ExpositionLint.problems(scrapeAfterTraffic()));
  }

  /** A scrape once every kind of meter has samples: reads, writes, errors, admin calls. */
  private static String scrapeAfterTraffic() {
    Catalogs.product(server);
    server.get("/v1/products?limit=1");
    server.get("/no/such/route");
    server.admin("GET", "/admin/pool", null);
    server.admin("PUT", "/admin/pool", "{\"size\":0}");
    return Scrape.of(server).text();
  }

  private static Optional<Path> promtool() {
    String named = System.getenv("PROMTOOL");
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named);
      if (!Files.isExecutable(path)) {
        fail("PROMTOOL=" + named + " is not an executable file");
      }
      return Optional.of(path);
    }
    String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "promtool");
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
