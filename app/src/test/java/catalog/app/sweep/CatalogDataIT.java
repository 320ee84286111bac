package catalog.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.infra.config.CatalogConfig;
import catalog.infra.db.Migrations;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep of a running service (--url) generates the products it lacks into the database its own settings
 * name. When that is not the service's, it stops and says so before it writes a row: it generated products
 * into a catalog nobody measured, or failed with "cannot reach the database ... --create-database".
 */
class CatalogDataIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void anotherDatabaseThanTheServicesIsRefusedBeforeAnythingIsWritten() throws Exception {
    try (TestServer server = TestServer.start()) {
      String source = JSON.readTree(server.write("POST", "/v1/sources",
          "{\"name\": \"sweep probe " + System.nanoTime() + "\"}").body()).path("id").asText();
      assertEquals(201, server.write("POST", "/v1/products",
          "{\"name\": \"Sweep probe\", \"source_id\": \"" + source + "\"}").statusCode());
      ServiceHttp http = new ServiceHttp(URI.create("http://127.0.0.1:" + server.port() + "/"), null);
      long have = CatalogData.total(http);

      CatalogConfig missing = CatalogConfig.from(TestDatabase.get().missingEnv("sweepmissing"));
      SweepFailure cannotOpen = assertThrows(SweepFailure.class,
          () -> CatalogData.prepare(http, missing, (int) have + 10, dir, line -> { }));
      assertTrue(cannotOpen.getMessage().startsWith("cannot open database "), cannotOpen.getMessage());
      assertTrue(cannotOpen.getMessage().endsWith("point DATABASE_URL or POSTGRES_* at the service's own database"),
          cannotOpen.getMessage());

      CatalogConfig other = CatalogConfig.from(TestDatabase.get().ownEnv("sweepother", ""));
      Migrations.migrate(other.database());
      SweepFailure notTheService = assertThrows(SweepFailure.class,
          () -> CatalogData.prepare(http, other, (int) have + 10, dir, line -> { }));
      assertTrue(notTheService.getMessage().contains("does not hold"), notTheService.getMessage());
      assertEquals(0, CatalogData.total(new ServiceHttp(http.base(), null)) - have, "the service's catalog is as it was");
      CatalogConfig unmigrated = CatalogConfig.from(TestDatabase.get().ownEnv("sweepempty", ""));
      assertThrows(SweepFailure.class, () -> CatalogData.prepare(http, unmigrated, (int) have + 10, dir, line -> { }));
    }
  }
}
