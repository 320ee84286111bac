package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A catalog migrated while pg_trgm was missing has none of search's trigram objects. Once an operator
 * installs the extension, the next start (which migrates) makes them: the trigram indexes and V9's
 * trigram count, filled for the products already there.
 */
class TrigramInstalledLaterIT {
  private static final String NAME = "Amaranth seed, black";
  private static DatabaseSettings settings;

  @BeforeAll
  static void migrateWithoutThenInstall() throws SQLException {
    settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("trgmlater"));
    Migrations.migrate(settings);
    try (Connection c = TestDatabase.connect(settings); Statement s = c.createStatement()) {
      s.execute("DROP EXTENSION pg_trgm CASCADE");
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'product'::regclass"
          + " AND attname = 'name_trigrams' AND NOT attisdropped"), "the CASCADE took the column");
      s.execute("INSERT INTO source (id, name, created_at, updated_at) VALUES "
          + "('00000000-0000-0000-0000-0000000000aa', 'later', now(), now())");
      s.execute("INSERT INTO product (id, name, name_folded, name_search, source_id, created_at, updated_at) VALUES "
          + "('00000000-0000-0000-0000-000000000001', '" + NAME + "', 'amaranth seed, black', 'amaranth seed black',"
          + " '00000000-0000-0000-0000-0000000000aa', now(), now())");
      s.execute("CREATE EXTENSION pg_trgm");
    }
    Migrations.migrate(settings);
  }

  @Test
  void theTrigramIndexesAreMade() throws SQLException {
    try (Connection c = TestDatabase.connect(settings)) {
      assertEquals("name_token_trgm_idx,product_name_folded_trgm_idx,product_name_search_trgm_idx,search_word_trgm_idx",
          TestData.query(c, "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes"
              + " WHERE indexdef LIKE '%gin_trgm_ops%'"));
      assertEquals("{fastupdate=off}", TestData.query(c, "SELECT reloptions::text FROM pg_class"
          + " WHERE relname = 'search_word_trgm_idx'"), "without a pending list, as V13 leaves it");
      assertEquals("{fastupdate=off}", TestData.query(c, "SELECT reloptions::text FROM pg_class"
          + " WHERE relname = 'name_token_trgm_idx'"), "without a pending list, as V16 leaves it");
    }
  }

  /**
   * Dropping pg_trgm took the postings' triggers along (else the insert above would have failed on the
   * dropped name_trigrams); the start after it is installed again makes them and fills the postings.
   */
  @Test
  void searchsPostingsAreMadeAndKept() throws SQLException {
    try (Connection c = TestDatabase.connect(settings); Statement s = c.createStatement()) {
      assertEquals("4", TestData.query(c, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'product'::regclass"
          + " AND tgname LIKE 'product_word_on_%'"));
      assertEquals(" amaranth,amaranth,black,seed", TestData.query(c,
          "SELECT string_agg(word, ',' ORDER BY word) FROM product_word WHERE id = '00000000-0000-0000-0000-000000000001'"));
      c.setAutoCommit(false);
      s.execute("INSERT INTO product (id, name, name_folded, name_search, source_id, created_at, updated_at) VALUES "
          + "('00000000-0000-0000-0000-000000000002', 'Rice flakes', 'rice flakes', 'rice flakes',"
          + " '00000000-0000-0000-0000-0000000000aa', now(), now())");
      assertEquals(" rice,flakes,rice", TestData.query(c,
          "SELECT string_agg(word, ',' ORDER BY word) FROM product_word WHERE id = '00000000-0000-0000-0000-000000000002'"));
      c.rollback();
    }
  }

  @Test
  void theProductsHaveTheirTrigramCount() throws SQLException {
    try (Connection c = TestDatabase.connect(settings)) {
      assertEquals(TestData.query(c, "SELECT cardinality(show_trgm('amaranth seed black'))"),
          TestData.query(c, "SELECT name_trigrams FROM product"));
    }
  }

  /**
   * A service that runs as a role which may not alter {@code product} cannot add the column: it starts
   * anyway, warns, and has no search (503) rather than a search that fails on the missing column.
   */
  @Test
  void aRoleThatMayNotAlterTheTableStartsWithoutSearch() throws SQLException {
    DatabaseSettings owner = TestDatabase.get().settings(TestDatabase.get().ownEnv("trgmrole"));
    String role = "catalog_user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String password = UUID.randomUUID().toString();
    Migrations.migrate(owner);
    try (Connection c = TestDatabase.connect(owner); Statement s = c.createStatement()) {
      s.execute("DROP EXTENSION pg_trgm CASCADE");
      s.execute("CREATE EXTENSION pg_trgm");
      s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
      s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
    }
    try {
      DatabaseSettings user = new DatabaseSettings(owner.jdbcUrl(), role, password, owner.isolation(),
          owner.statementTimeoutMs(), owner.pgBouncer());
      Migrations.migrate(user);
      var pool = Databases.pool(Map.of("DB_POOL_SIZE", "1"));
      try (Database db = Database.open(user, pool, UnitOfWorkObserver.NONE)) {
        assertFalse(Migrations.hasTrigramSearch(db));
      }
      try (Database db = Database.open(owner, pool, UnitOfWorkObserver.NONE)) {
        assertFalse(Migrations.hasTrigramSearch(db), "nothing was added");
      }
    } finally {
      try (Connection c = TestDatabase.connect(owner); Statement s = c.createStatement()) {
        s.execute("DROP OWNED BY " + role);
        s.execute("DROP ROLE " + role);
      }
    }
  }

  @Test
  void aSecondStartChangesNothing() throws SQLException {
    Migrations.migrate(settings);
    try (Connection c = TestDatabase.connect(settings)) {
      assertEquals("4", TestData.query(c, "SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'"));
    }
  }
}
