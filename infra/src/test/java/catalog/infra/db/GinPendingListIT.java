package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product name's trigram indexes and their pending lists, which every search reads whole: the service's
 * sessions keep them under 256 kB ({@link ConnectionFactory#GIN_PENDING_LIST_KB}), the import lets them grow
 * to 4 MB ({@link JdbcProductImport#GIN_PENDING_LIST_KB}). Read with pgstattuple's pgstatginindex, on a
 * database of this test's own.
 */
class GinPendingListIT {
  private static final int ROWS = 2000;
  private static Database database;
  private static DatabaseSettings settings;

  @BeforeAll
  static void open() throws SQLException {
    settings = TestDatabase.get().settings(TestDatabase.get().ownEnv("ginlist"));
    Migrations.migrate(settings);
    database = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "2")), UnitOfWorkObserver.NONE);
    try (Connection c = ConnectionFactory.unpooled(settings, 10_000, false).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple");
    }
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void theImportLeavesItsPendingEntriesAndTheNextWriteOfTheServiceMovesThemIn() throws SQLException {
    try (Connection c = database.dataSource().getConnection()) {
      assertEquals("256kB", TestData.query(c, "SHOW gin_pending_list_limit"), "the service's sessions");
      c.rollback();
    }
    UUID source = TestData.classification(database, Kind.SOURCE, TestData.unique("ginlist")).id();
    int[] line = {0};
    ImportRows rows = ids -> line[0] == ROWS ? null : new ImportRow.Valid(++line[0],
        TestData.fields("Imported product number " + line[0] + " with a few more words", null, source));

    ImportReport report = database.productImport(Clock.systemUTC()).run(rows, ImportMode.EACH_ROW);

    assertEquals(ROWS, report.inserted(), report.toString());
    long afterImport = pendingKb();
    assertTrue(afterImport > ConnectionFactory.GIN_PENDING_LIST_KB,
        "the import kept its entries pending, past the service's limit: " + afterImport + " kB");
    assertTrue(afterImport < JdbcProductImport.GIN_PENDING_LIST_KB, afterImport + " kB");

    TestData.product(database, TestData.fields("One more product", null, source));

    long afterWrite = pendingKb();
    assertTrue(afterWrite < ConnectionFactory.GIN_PENDING_LIST_KB,
        "the service's write moved the pending entries into the index: " + afterWrite + " kB");
  }

  private static long pendingKb() throws SQLException {
    try (Connection c = ConnectionFactory.unpooled(settings, 10_000, false).getConnection()) {
      return Long.parseLong(TestData.query(c, "SELECT pending_pages * current_setting('block_size')::int / 1024"
          + " FROM pgstatginindex('product_name_search_trgm_idx')"));
    }
  }
}
