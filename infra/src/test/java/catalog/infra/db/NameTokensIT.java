package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Filter;
import catalog.domain.listing.ProductQuery;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * name_like's postings (V16; that they follow every write is SearchPostingsIT's) under concurrent writers,
 * who do not wait for each other, and in a new catalog's first import, whose plans use the indexes. On
 * databases of this test's own.
 */
class NameTokensIT {
  private static DatabaseSettings settings;
  private static Database database;
  private static UUID source;

  @BeforeAll
  static void open() {
    settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("nametokens"));
    Migrations.migrate(settings);
    database = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "2")), UnitOfWorkObserver.NONE);
    source = TestData.classification(database, Kind.SOURCE, TestData.unique("tokens")).id();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  /**
   * A writer that brings a token another transaction brought and has not committed adds its own row
   * rather than wait for the other to end, and so does it for search's words (V5, since V16); the list
   * finds both products once both have committed, and a token whose writer rolled back is gone with it.
   */
  @Test
  void writersOfTheSameNewTokenDoNotWaitForEachOther() throws SQLException {
    String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection first = TestDatabase.connect(settings); Connection second = TestDatabase.connect(settings);
        Connection third = TestDatabase.connect(settings)) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      third.setAutoCommit(false);
      insert(first, "First " + token);
      try (Statement s = second.createStatement()) {
        s.execute("SET LOCAL statement_timeout = '2s'");
      }
      insert(second, "Second " + token);
      second.commit();
      insert(third, "Third " + token + "x");
      third.rollback();
      first.commit();
      assertEquals("2", TestData.query(first, "SELECT count(*) FROM name_token WHERE token = '" + token + "'"),
          "each added it");
      assertEquals("2", TestData.query(first, "SELECT count(*) FROM search_word WHERE word = '" + token + "'"),
          "each added it as a search word too");
      assertEquals("0", TestData.query(first, "SELECT count(*) FROM name_token WHERE token = '" + token + "x'"));
      first.commit();
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      var page = uow.productReads().list(new ProductQuery(List.of(Filter.parse("name_like", List.of(token))),
          Queries.sort("name"), 50, null, false));
      assertEquals(List.of("First " + token, "Second " + token),
          page.items().stream().map(p -> p.fields().name()).toList());
    }
    assertPostings("concurrent writers");
  }

  /**
   * A trigger's statement without parameters keeps the plan of its first run in a session. In a new
   * catalog that run meets empty tables, and the tokens' NOT EXISTS became a scan of every token for
   * every posting of each later batch (230 ms a batch of 1,000); the triggers now plan without sequential
   * scans. The plans of the third batch of one transaction, from auto_explain, read the vocabularies
   * through their indexes.
   */
  @Test
  void aNewCatalogsImportLooksTokensUpThroughTheIndexes() throws SQLException {
    DatabaseSettings fresh = TestDatabase.get().settings(TestDatabase.get().ownEnv("tokenplans"));
    Migrations.migrate(fresh);
    List<String> plans = new ArrayList<>();
    try (Connection c = TestDatabase.connect(fresh); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("INSERT INTO source (id, name, created_at, updated_at) VALUES"
          + " ('00000000-0000-0000-0000-0000000000aa', 'plans', now(), now())");
      for (int batch = 0; batch < 3; batch++) {
        if (batch == 2) {
          s.execute("LOAD 'auto_explain'");
          s.execute("SET auto_explain.log_min_duration = 0");
          s.execute("SET auto_explain.log_nested_statements = on");
          s.execute("SET client_min_messages = log");
          s.clearWarnings();
        }
        s.execute("INSERT INTO product (id, name, name_folded, name_search, source_id, created_at, updated_at)"
            + " SELECT gen_random_uuid(), n, lower(n), lower(n), '00000000-0000-0000-0000-0000000000aa', now(), now()"
            + " FROM (SELECT 'Batch" + batch + " word' || i || ' rice' AS n FROM generate_series(1, 200) AS i) g");
      }
      for (java.sql.SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        plans.add(w.getMessage());
      }
      c.rollback();
    }
    String tokens = plans.stream().filter(p -> p.contains("INSERT INTO name_token") || p.contains("WITH postings"))
        .findFirst().orElseThrow(() -> new AssertionError("no plan of the tokens' insert among " + plans));
    String words = plans.stream().filter(p -> p.contains("INSERT INTO search_word")).findFirst()
        .orElseThrow(() -> new AssertionError("no plan of the search words' insert among " + plans));
    assertFalse(tokens.contains("Seq Scan on name_token"), tokens);
    assertFalse(words.contains("Seq Scan on search_word"), words);
  }

  private static void insert(Connection c, String name) throws SQLException {
    try (var ps = c.prepareStatement("INSERT INTO product (id, name, name_folded, name_search, source_id, created_at,"
        + " updated_at) VALUES (gen_random_uuid(), ?, lower(?), lower(?), ?, now(), now())")) {
      ps.setString(1, name);
      ps.setString(2, name);
      ps.setString(3, name);
      ps.setObject(4, source);
      ps.executeUpdate();
    }
  }

  private static void assertPostings(String after) throws SQLException {
    try (Connection c = admin()) {
      assertEquals("0", TestData.query(c, SearchPostingsIT.TOKEN_DIFFERENCE), "after " + after);
      assertEquals("0", TestData.query(c, SearchPostingsIT.UNKNOWN_TOKENS), "every token known, after " + after);
    }
  }

  private static Connection admin() throws SQLException {
    Connection c = TestDatabase.connect(settings);
    c.setAutoCommit(true);
    return c;
  }
}
