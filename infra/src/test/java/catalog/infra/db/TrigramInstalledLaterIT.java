package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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
    String name = "catalog_trgm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    settings = TestDatabase.get().settings().withDatabase(name);
    Migrations.createDatabaseIfMissing(settings);
    Migrations.migrate(settings);
    try (Connection c = connect(settings); Statement s = c.createStatement()) {
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

  @AfterAll
  static void drop() throws SQLException {
    try (Connection c = connect(settings.withDatabase("postgres")); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + settings.databaseName() + "\" WITH (FORCE)");
    }
  }

  private static Connection connect(DatabaseSettings on) throws SQLException {
    return DriverManager.getConnection(on.jdbcUrl(), on.user(), on.password());
  }

  @Test
  void theTrigramIndexesAreMade() throws SQLException {
    try (Connection c = connect(settings)) {
      assertEquals("product_name_folded_trgm_idx,product_name_search_trgm_idx,search_word_trgm_idx",
          TestData.query(c, "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes"
              + " WHERE indexdef LIKE '%gin_trgm_ops%'"));
    }
  }

  @Test
  void theProductsHaveTheirTrigramCount() throws SQLException {
    try (Connection c = connect(settings)) {
      assertEquals(TestData.query(c, "SELECT cardinality(show_trgm('amaranth seed black'))"),
          TestData.query(c, "SELECT name_trigrams FROM product"));
    }
  }

  @Test
  void aSecondStartChangesNothing() throws SQLException {
    Migrations.migrate(settings);
    try (Connection c = connect(settings)) {
      assertEquals("3", TestData.query(c, "SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'"));
    }
  }
}
