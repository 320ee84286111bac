package catalog.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.domain.classification.Kind;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.db.Migrations;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database of its own, migrated, with pg_trgm then dropped (and with it the trigram indexes): the
 * service starts, search answers 503 with a problem that says why, and everything else still works.
 */
class SearchWithoutTrigramIT {
  private static DatabaseSettings settings;
  private static TestServer server;
  private static Seeds seeds;

  @BeforeAll
  static void start() throws SQLException {
    String name = "catalog_notrgm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    settings = TestDatabase.get().settings().withDatabase(name);
    Migrations.createDatabaseIfMissing(settings);
    Migrations.migrate(settings);
    run(settings, "DROP EXTENSION IF EXISTS pg_trgm CASCADE");
    server = TestServer.start(Map.of("DATABASE_URL", settings.jdbcUrl()));
    seeds = new Seeds(server);
  }

  @AfterAll
  static void stop() throws SQLException {
    server.close();
    run(settings.withDatabase("postgres"), "DROP DATABASE IF EXISTS \"" + settings.databaseName() + "\" WITH (FORCE)");
  }

  private static void run(DatabaseSettings on, String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(on);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void searchAnswers503SayingWhy() throws Exception {
    HttpResponse<String> response = server.get("/v1/products/search?q=rice");
    assertEquals(503, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode problem = Seeds.JSON.readTree(response.body());
    assertEquals("urn:catalog:problem:search-unavailable", problem.path("type").asText());
    assertTrue(problem.path("detail").asText().contains("pg_trgm"), problem::toString);
  }

  @Test
  void badSearchParametersAreStill400() {
    assertEquals(400, server.get("/v1/products/search?q=").statusCode());
  }

  @Test
  void everythingElseWorks() {
    String token = Seeds.token();
    var source = seeds.classification(Kind.SOURCE, token);
    seeds.store(Seeds.product("Açaí " + token, null, Map.of(Kind.SOURCE, source), Map.of(), Seeds.now(), Seeds.now()));
    assertEquals(1, seeds.get("/v1/products?name_like=ACAI%20" + token, 200).path("data").size());
    assertEquals(1, seeds.get("/v1/products?source=" + token + "&include_total=true", 200).path("page").path("total").asInt());
    seeds.get("/v1/products/filter-options?source=" + token, 200);
    assertEquals(200, server.get("/health/ready").statusCode());
  }
}
