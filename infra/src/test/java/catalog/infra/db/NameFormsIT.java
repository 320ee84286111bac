package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import catalog.domain.classification.Kind;
import catalog.domain.product.Product;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stored name forms follow the running code's rules: a start whose fingerprint differs from the stored
 * one recomputes the forms that differ (here the final sigma's, as an earlier version folded it), drops
 * spelling words only the old forms held, and stores the new fingerprint; the next start changes nothing.
 * On a database of this test's own.
 */
class NameFormsIT {
  private static DatabaseSettings settings;
  private static Database database;

  @BeforeAll
  static void open() {
    settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("nameforms"));
    Migrations.migrate(settings);
    database = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "1")), UnitOfWorkObserver.NONE);
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void formsWrittenUnderOtherRulesAreRecomputedOnceAtStart() throws SQLException {
    UUID source = TestData.classification(database, Kind.SOURCE, TestData.unique("nameforms")).id();
    Product greek = TestData.product(database, TestData.fields("ΟΔΟΣ Greek", null, source));
    Product plain = TestData.product(database, TestData.fields("Plain rice", null, source));
    try (Connection c = admin(); Statement s = c.createStatement()) {
      assertEquals("οδοσ greek", form(c, greek.id(), "name_folded"));
      // What the version before V14 stored: the final sigma as lower-casing a whole string writes it.
      s.execute("UPDATE product SET name_folded = 'οδος greek', name_search = 'οδος greek' WHERE id = '" + greek.id() + "'");
      s.execute("INSERT INTO search_word (word) VALUES ('οδος') ON CONFLICT DO NOTHING");
      s.execute("UPDATE name_forms SET fingerprint = 'written by an earlier version'");
    }

    Migrations.migrate(settings);
    try (Connection c = admin(); Statement s = c.createStatement()) {
      assertEquals("οδοσ greek", form(c, greek.id(), "name_folded"));
      assertEquals("οδοσ greek", form(c, greek.id(), "name_search"));
      assertEquals("plain rice", form(c, plain.id(), "name_folded"));
      assertEquals("0", TestData.query(c, "SELECT count(*) FROM search_word WHERE word = 'οδος'"), "the old word is gone");
      assertEquals("1", TestData.query(c, "SELECT count(*) FROM search_word WHERE word = 'οδοσ'"));
      assertEquals(NameForms.fingerprint(), TestData.query(c, "SELECT fingerprint FROM name_forms"));
      String xmin = TestData.query(c, "SELECT xmin::text FROM product WHERE id = '" + greek.id() + "'");

      Migrations.migrate(settings);
      assertEquals(xmin, TestData.query(c, "SELECT xmin::text FROM product WHERE id = '" + greek.id() + "'"),
          "a start under the same rules writes nothing");
    }
  }

  @Test
  void theFingerprintFollowsTheRulesAndTheJdk() {
    assertEquals(NameForms.fingerprint(), NameForms.fingerprint());
    assertEquals(64, NameForms.fingerprint().length());
    assertNotEquals("written by an earlier version", NameForms.fingerprint());
  }

  private static Connection admin() throws SQLException {
    Connection c = ConnectionFactory.unpooled(settings, 10_000, false).getConnection();
    c.setAutoCommit(true);
    return c;
  }

  private static String form(Connection c, UUID id, String column) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM product WHERE id = ?")) {
      ps.setObject(1, id);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
