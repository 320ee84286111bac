package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.Conflict;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports into one catalog run one at a time: the second waits for the first, as long as a statement may
 * take (here 1 s), and is refused, before it reads a row, if the first is still running then. Two at once
 * each waited for the other's new keys: a deadlock, or the statement timeout, failed one of them whole.
 */
class ImportLockIT {
  private static final long STATEMENT_TIMEOUT_MS = 1000;
  private static Database database;
  private static UUID source;

  @BeforeAll
  static void open() {
    database = Databases.open(Map.of("DB_POOL_SIZE", "3", "DB_STATEMENT_TIMEOUT_MS",
        Long.toString(STATEMENT_TIMEOUT_MS)));
    source = TestData.classification(database, Kind.SOURCE, TestData.unique("lock")).id();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void aSecondImportWaitsForTheFirstAndThenRuns() throws Exception {
    String token = TestData.unique("waits");
    Held first = new Held(token + " first", 3);
    CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> run(first));
    assertTrue(first.started.await(10, TimeUnit.SECONDS), "the first import read its first row");

    Counted second = new Counted(token + " second", 3);
    CompletableFuture<ImportReport> waiting = CompletableFuture.supplyAsync(() -> run(second));
    Thread.sleep(STATEMENT_TIMEOUT_MS / 3);
    assertEquals(0, second.read.get(), "the second import waits before it reads a row");
    first.release.countDown();

    assertEquals(3, running.get(10, TimeUnit.SECONDS).inserted());
    assertEquals(3, waiting.get(10, TimeUnit.SECONDS).inserted());
    assertEquals("6", count(token));
  }

  @Test
  void anImportStillRunningAfterTheStatementTimeoutRefusesTheNext() throws Exception {
    String token = TestData.unique("refused");
    Held first = new Held(token + " first", 2);
    CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> run(first));
    try {
      assertTrue(first.started.await(10, TimeUnit.SECONDS), "the first import read its first row");

      Counted second = new Counted(token + " second", 2);
      Conflict refused = assertThrows(Conflict.class, () -> run(second));
      assertEquals(JdbcProductImport.ANOTHER_IMPORT, refused.getMessage());
      assertEquals(0, second.read.get(), "refused before it read a row");
    } finally {
      first.release.countDown();
    }
    assertEquals(2, running.get(10, TimeUnit.SECONDS).inserted(), "the first one was not disturbed");
    assertEquals("2", count(token));
  }

  private static ImportReport run(ImportRows rows) {
    return database.productImport(Clock.systemUTC()).run(rows, ImportMode.EACH_ROW);
  }

  private static String count(String token) throws SQLException {
    try (Connection c = database.dataSource().getConnection()) {
      String n = TestData.query(c, "SELECT count(*) FROM product WHERE name LIKE '" + token + "%'");
      c.rollback();
      return n;
    }
  }

  /** {@code rows} rows named after {@code prefix}, counting how many were read. */
  private static class Counted implements ImportRows {
    final AtomicInteger read = new AtomicInteger();
    private final String prefix;
    private final int rows;

    Counted(String prefix, int rows) {
      this.prefix = prefix;
      this.rows = rows;
    }

    @Override
    public ImportRow next(ClassificationIds ids) {
      int line = read.get();
      if (line == rows) {
        return null;
      }
      beforeRow(line);
      read.incrementAndGet();
      return new ImportRow.Valid(line + 1, TestData.fields(prefix + " " + line, null, source));
    }

    void beforeRow(int line) {}
  }

  /** As Counted, and after its first row it waits until released, holding the import open. */
  private static final class Held extends Counted {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    Held(String prefix, int rows) {
      super(prefix, rows);
    }

    @Override
    void beforeRow(int line) {
      if (line == 1) {
        started.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
