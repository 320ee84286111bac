package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Products stored before V3 get their name forms from V4, computed by the same Java code as writes. */
class NameFormsMigrationIT {
  private static DatabaseSettings settings;

  @BeforeAll
  static void migrateWithOldRows() throws SQLException {
    String name = "catalog_forms_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    settings = TestDatabase.get().settings().withDatabase(name);
    Migrations.createDatabaseIfMissing(settings);
    Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .locations("classpath:db/migration").target("2").load().migrate();
    try (Connection c = TestDatabase.connect(settings); Statement s = c.createStatement()) {
      s.execute("INSERT INTO source (id, name, created_at, updated_at) VALUES "
          + "('00000000-0000-0000-0000-0000000000aa', 'old', now(), now())");
      s.execute("INSERT INTO product (id, name, source_id, created_at, updated_at) VALUES "
          + "('00000000-0000-0000-0000-000000000001', 'Pão, frzn w/o AÇÚCAR', '00000000-0000-0000-0000-0000000000aa', now(), now())");
    }
    Migrations.migrate(settings);
  }

  @AfterAll
  static void drop() throws SQLException {
    try (Connection c = TestDatabase.connect(settings.withDatabase("postgres")); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + settings.databaseName() + "\" WITH (FORCE)");
    }
  }

  @Test
  void oldRowsHaveBothForms() throws SQLException {
    try (Connection c = TestDatabase.connect(settings)) {
      assertEquals("pao, frzn w/o acucar", TestData.query(c, "SELECT name_folded FROM product"));
      assertEquals("pao frozen without acucar", TestData.query(c, "SELECT name_search FROM product"));
    }
  }

  /** V5 fills the catalog's words from the names stored before it: words of 3 letters or more. */
  @Test
  void oldRowsWordsAreCatalogWords() throws SQLException {
    try (Connection c = TestDatabase.connect(settings)) {
      assertEquals("acucar frozen pao without",
          TestData.query(c, "SELECT string_agg(word, ' ' ORDER BY word) FROM search_word"));
    }
  }

  @Test
  void trigramIndexesExistWhenPgTrgmIsInstalled() throws SQLException {
    try (Connection c = TestDatabase.connect(settings)) {
      String installed = TestData.query(c, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'");
      String indexes = TestData.query(c, "SELECT count(*) FROM pg_indexes WHERE indexname IN "
          + "('product_name_search_trgm_idx', 'product_name_folded_trgm_idx', 'search_word_trgm_idx')");
      assertEquals(installed.equals("1") ? "3" : "0", indexes);
    }
  }

  @Test
  void theFormsAreRequiredFromNowOn() throws SQLException {
    try (Connection c = TestDatabase.connect(settings)) {
      assertEquals("2", TestData.query(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'product'"
          + " AND column_name IN ('name_folded', 'name_search') AND is_nullable = 'NO'"));
    }
  }
}
