package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spelling correction's trigram index over search_word keeps no pending list (V13). Before V13, words
 * added by the trigger waited in the GIN index's pending list, which every search scanned, until a vacuum
 * or an autovacuum's analyze; where autovacuum is off, for good. Read with pgstattuple's pgstatginindex.
 */
class SearchWordIndexIT {
  private static final String PENDING = "SELECT pending_tuples FROM pgstatginindex('search_word_trgm_idx')";
  private static DataSource db;
  private static String pendingAtV12;

  @BeforeAll
  static void migrateToV12AddWordsThenMigrate() throws SQLException {
    DatabaseSettings settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("pending"));
    db = ConnectionFactory.unpooled(settings, 10_000, false);
    Flyway.configure().dataSource(db).locations("classpath:db/migration").target("12").load().migrate();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      assertEquals("1", TestData.query(c, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"),
          "the test database's server offers pg_trgm (search's tests need it)");
      s.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple");
      s.execute("INSERT INTO search_word (word) SELECT 'pendingword' || g FROM generate_series(1, 600) AS g");
      pendingAtV12 = TestData.query(c, PENDING);
    }
    Migrations.migrate(settings);
  }

  @Test
  void beforeV13NewWordsWaitedInThePendingList() {
    assertEquals("600", pendingAtV12);
  }

  @Test
  void v13MovesThePendingWordsIntoTheIndex() throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      assertEquals("0", TestData.query(c, PENDING));
      s.execute("SET enable_seqscan = off");
      assertEquals("600", TestData.query(c, "SELECT count(*) FROM search_word WHERE word LIKE 'pendingword%'"),
          "every word is found through the index");
    }
  }

  @Test
  void wordsAddedAfterV13GoStraightIntoTheIndex() throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      assertEquals("{fastupdate=off}",
          TestData.query(c, "SELECT reloptions::text FROM pg_class WHERE relname = 'search_word_trgm_idx'"));
      s.execute("INSERT INTO source (id, name, created_at, updated_at) VALUES "
          + "('00000000-0000-0000-0000-0000000000bb', 'later words', now(), now())");
      s.execute("INSERT INTO product (id, name, name_folded, name_search, source_id, created_at, updated_at) VALUES "
          + "('00000000-0000-0000-0000-000000000002', 'Quinoa flakes', 'quinoa flakes', 'quinoa flakes',"
          + " '00000000-0000-0000-0000-0000000000bb', now(), now())");
      assertEquals("2", TestData.query(c, "SELECT count(*) FROM search_word WHERE word IN ('quinoa', 'flakes')"));
      assertEquals("0", TestData.query(c, PENDING));
    }
  }
}
