package catalog.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.infra.config.CatalogConfig;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bundled wrk workload, for a second against a real server: it runs, prints its BENCH line, and gets 2xx. */
class WorkloadsIT {
  private static TestServer server;
  private static Map<String, String> env;
  private static WorkloadScripts scripts;
  private static final Processes PROCESSES = new Processes();

  @TempDir
  static Path dir;

  @BeforeAll
  static void prepare() {
    assertTrue(Processes.onPath("wrk"), "wrk is not installed: the workload tests need it (Debian/Ubuntu: apt-get "
        + "install wrk; scripts/test installs it when run as root)");
    server = TestServer.start();
    CatalogData.Files data = CatalogData.prepare(new ServiceHttp(base(), null), CatalogConfig.from(TestDatabase.get().env()),
        300, dir, line -> { });
    env = new HashMap<>(data.env());
    env.put("CATALOG_API_KEY", TestServer.API_KEY);
    scripts = WorkloadScripts.extract(dir.resolve("workloads"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI base() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  private static WrkResult run(String name, String mix) {
    Workload w = scripts.workload(name, null, mix, env);
    return new Wrk(PROCESSES).run(base(), w, 4, Duration.ofSeconds(2));
  }

  @Test
  void theDataFilesHoldIdsBrandsAndSearchTerms() throws IOException {
    assertTrue(Files.readAllLines(Path.of(env.get("CATALOG_IDS_FILE"))).size() >= 300);
    assertFalse(Files.readAllLines(Path.of(env.get("CATALOG_BRANDS_FILE"))).isEmpty(), "brands to list by");
    assertTrue(Files.readAllLines(Path.of(env.get("CATALOG_TERMS_FILE"))).stream().allMatch(t -> t.length() >= 4));
  }

  @Test
  void readListAndSearchAnswerOnly2xx() {
    for (String name : new String[] {"read", "list", "search"}) {
      WrkResult r = run(name, WorkloadScripts.DEFAULT_MIX);
      assertTrue(r.count("requests") > 0, name + ": " + r.figures());
      assertEquals(0, r.count("socket_errors"), name + ": " + r.figures());
      assertEquals(0, r.count("non2xx"), name + " got non-2xx answers: " + r.figures());
    }
  }

  /**
   * scripts/workloads/query.lua, the script of scripts/bench-queries, given as a --workload-file: it goes round
   * the paths it is given (a path that is not there would show as non-2xx) and prints the BENCH line.
   */
  @Test
  void queryGetsTheGivenPathsAsAWorkloadFile() throws IOException {
    Path paths = Files.writeString(dir.resolve("query.paths"), String.join("\n",
        "/v1/products?sort=-updated_at&limit=5", "/v1/products?calories_lte=200", "/v1/products/search?q=rice", ""));
    Map<String, String> withPaths = new HashMap<>(env);
    withPaths.put("CATALOG_PATHS_FILE", paths.toString());
    Workload w = scripts.workload("query", Path.of("../scripts/workloads/query.lua"), WorkloadScripts.DEFAULT_MIX,
        withPaths);
    WrkResult r = new Wrk(PROCESSES).run(base(), w, 4, Duration.ofSeconds(1));
    assertTrue(r.count("requests") > 0, r.figures().toString());
    assertEquals(0, r.count("socket_errors"), r.figures().toString());
    assertEquals(0, r.count("non2xx"), r.figures().toString());

    Files.writeString(paths, "/v1/products?no_such_filter=1\n");
    WrkResult refused = new Wrk(PROCESSES).run(base(), w, 4, Duration.ofSeconds(1));
    assertEquals(refused.count("requests"), refused.count("non2xx"), "every request is the 400: " + refused.figures());
  }

  @Test
  void writePatchesWithIfMatchAndEveryRefusalIsAStaleETag() throws IOException {
    Instant before = Instant.now();
    WrkResult r = run("write", WorkloadScripts.DEFAULT_MIX);
    assertTrue(r.counted(), "the write workload counts statuses: " + r.figures());
    assertTrue(r.count("writes") > 0, r.figures().toString());
    assertEquals(0, r.count("status_5xx"), r.figures().toString());
    assertEquals(r.count("status_412"), r.count("status_4xx"), "a 4xx other than 412 is a malformed or "
        + "unauthorised PATCH: " + r.figures());
    JsonNode latest = new ObjectMapper().readTree(server.get("/v1/products?sort=-updated_at&limit=1").body())
        .path("data").get(0);
    assertTrue(Instant.parse(latest.path("updated_at").asText()).isAfter(before.minusSeconds(1)), latest.toString());
    assertTrue(latest.path("version").asLong() > 1, latest.toString());
  }

  /**
   * The mix is dealt out by weighted round-robin in each thread, so even a short run on a slow machine sends each
   * kind in its share (a random pick could leave the writes out of a run of a dozen requests, and once did).
   */
  @Test
  void mixedRunsEveryKindItIsGivenAWeightFor() {
    Workload w = scripts.workload("mixed", null, "read=40,list=20,search=20,write=20", env);
    WrkResult r = new Wrk(PROCESSES).run(base(), w, 4, Duration.ofSeconds(2));
    long picked = 0;
    for (String kind : new String[] {"read", "list", "search", "write"}) {
      assertTrue(r.count("picked_" + kind) > 0, kind + ": " + r.figures());
      picked += r.count("picked_" + kind);
    }
    assertTrue(Math.abs(r.count("picked_write") - picked / 5.0) <= 2 * Wrk.threads(4), "a fifth are writes, give or "
        + "take the threads' starting points: " + r.figures());
    assertTrue(r.count("writes") > 0, r.figures().toString());
    assertEquals(0, r.count("status_5xx"), r.figures().toString());
    assertEquals(r.count("status_412"), r.count("status_4xx"), r.figures().toString());
    WrkResult readsOnly = run("mixed", "read=1,write=0");
    assertEquals(0, readsOnly.count("writes"), readsOnly.figures().toString());
    assertEquals(-1, readsOnly.count("picked_write"), "a kind of weight 0 is never picked: " + readsOnly.figures());
    assertTrue(readsOnly.count("picked_read") > 0, readsOnly.figures().toString());
  }
}
