package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How an import finds, reserves and creates classifications, with and without reading them up front. */
class ImportClassificationsIT {
  private static Database database;

  @BeforeAll
  static void open() {
    database = Databases.open();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void withoutReadingAheadANameIsLookedUpIgnoringCaseAndANewOneIsCreatedWhenPending() throws SQLException {
    Classification existing = TestData.classification(database, Kind.BRAND, TestData.unique("Lookup Brand"));
    String fresh = TestData.unique("Fresh Brand");
    try (Connection c = readCommitted()) {
      ImportClassifications ids = ImportClassifications.open(c, new ReentrantLock(), TestData.now(), 0);

      assertEquals(existing.id(), ids.idOf(Kind.BRAND, name(existing.name().value().toUpperCase())));
      UUID reserved = ids.idOf(Kind.BRAND, name(fresh));
      assertEquals(reserved, ids.idOf(Kind.BRAND, name(fresh.toLowerCase())));
      assertNull(brandNamed(c, fresh));

      ids.created().createPending(c);

      assertEquals(reserved, brandNamed(c, fresh));
      c.rollback();
    }
  }

  @Test
  void readingAheadFindsLiveNamesAndReferencesWithoutAskingAgain() throws SQLException {
    Classification existing = TestData.classification(database, Kind.FOOD_GROUP, TestData.unique("Ahead Group"));
    try (Connection c = readCommitted()) {
      ImportClassifications ids = ImportClassifications.open(c, new ReentrantLock(), TestData.now(),
          ImportClassifications.PREFETCH_LIMIT);

      assertEquals(existing.id(), ids.idOf(Kind.FOOD_GROUP, name(existing.name().value().toLowerCase())));
      assertNull(ids.problemWith(TestData.fields("x", null,
          Map.of(Kind.SOURCE, ids.idOf(Kind.SOURCE, name(TestData.unique("src"))), Kind.FOOD_GROUP, existing.id()))));
      UUID missing = UUID.randomUUID();
      assertTrue(ids.problemWith(TestData.fields("x", null, Map.of(Kind.SOURCE, missing))).contains(missing.toString()));
      c.rollback();
    }
  }

  @Test
  void whenAnotherTransactionCreatesTheSameNameFirstItsIdReplacesTheReservedOne() throws SQLException {
    String contested = TestData.unique("Contested Brand");
    try (Connection c = readCommitted()) {
      ImportClassifications ids = ImportClassifications.open(c, new ReentrantLock(), TestData.now(),
          ImportClassifications.PREFETCH_LIMIT);
      UUID reserved = ids.idOf(Kind.BRAND, name(contested));
      Classification winner = TestData.classification(database, Kind.BRAND, contested.toUpperCase());

      ids.created().createPending(c);

      assertNotEquals(reserved, winner.id());
      assertEquals(winner.id(), ids.idOf(Kind.BRAND, name(contested)));
      assertEquals(winner.id(), brandNamed(c, contested));
      c.rollback();
    }
  }

  /**
   * Names that the database's lower() holds apart are told apart, read ahead or looked up:
   * {@link String#toLowerCase} folded "ΣΊΣΥΦΟΣ" (final sigma) onto "σίσυφος" and "İstanbul" onto
   * "i̇stanbul" (i and a combining dot), and linked rows to the other brand.
   */
  @ParameterizedTest(name = "read ahead up to {0}")
  @ValueSource(ints = {0, ImportClassifications.PREFETCH_LIMIT})
  void namesTheDatabaseHoldsApartAreToldApart(int prefetchLimit) throws SQLException {
    String suffix = " " + TestData.unique("x");
    List<String> names = List.of("σίσυφος", "ΣΊΣΥΦΟΣ", "i\u0307stanbul", "İstanbul");
    Map<String, UUID> ids = new LinkedHashMap<>();
    for (String name : names) {
      ids.put(name, TestData.classification(database, Kind.BRAND, name + suffix).id());
    }
    try (Connection c = readCommitted()) {
      ImportClassifications classifications = ImportClassifications.open(c, new ReentrantLock(), TestData.now(),
          prefetchLimit);
      for (String name : names) {
        assertEquals(ids.get(name), classifications.idOf(Kind.BRAND, name(name + suffix)), name);
      }
      assertEquals(ids.get("σίσυφος"), classifications.idOf(Kind.BRAND, name("Σίσυφος" + suffix)), "ignoring case");
      c.rollback();
    }
  }

  /**
   * Where lower() folds otherwise than {@link ClassificationName#fold} (here a database whose character
   * type is C: it folds ASCII letters only), nothing is read ahead by folded name: a spelling not seen
   * before is looked up in the database, so "ÉCLAIR" is not taken for "éclair", which that database holds
   * apart, and "Eclair" still finds "ECLAIR".
   */
  @Test
  void whereTheDatabaseFoldsOtherwiseEverySpellingIsAskedOnce() throws SQLException {
    DatabaseSettings settings = TestDatabase.get().settings(
        TestDatabase.get().ownEnv("ctypec", "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"));
    Migrations.migrate(settings);
    try (Database own = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "1")), UnitOfWorkObserver.NONE)) {
      Map<String, UUID> ids = new LinkedHashMap<>();
      for (String name : List.of("éclair", "ÉCLAIR", "ECLAIR")) {
        ids.put(name, TestData.classification(own, Kind.BRAND, name).id());
      }
      try (Connection c = own.dataSource().getConnection()) {
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        assertEquals("aÉΣİiЖ", TestData.query(c, "SELECT lower('AÉΣİIЖ')"), "this database folds ASCII only");
        ImportClassifications classifications = ImportClassifications.open(c, new ReentrantLock(), TestData.now(),
            ImportClassifications.PREFETCH_LIMIT);
        for (String name : ids.keySet()) {
          assertEquals(ids.get(name), classifications.idOf(Kind.BRAND, name(name)), name);
        }
        assertEquals(ids.get("ECLAIR"), classifications.idOf(Kind.BRAND, name("Eclair")));
        c.rollback();
      }
    }
  }

  private static Connection readCommitted() throws SQLException {
    Connection c = database.dataSource().getConnection();
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return c;
  }

  private static ClassificationName name(String value) {
    return new ClassificationName(value);
  }

  private static UUID brandNamed(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM brand WHERE lower(name) = lower(?) AND NOT discarded")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1, UUID.class) : null;
      }
    }
  }
}
