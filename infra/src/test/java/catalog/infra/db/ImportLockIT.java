package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports into one catalog run one at a time: the second waits for the first, as long as a statement may
 * take (here 1 s), and is refused, before it reads a row, if the first is still running then. Two at once
 * each waited for the other's new keys: a deadlock, or the statement timeout, failed one of them whole.
 * Within one service the imports wait for their turn before they borrow a connection; an import of
 * another process (a second {@link Database} here) waits for the advisory lock.
 */
class ImportLockIT {
  private static final long STATEMENT_TIMEOUT_MS = 1000;
  /** A connection not free within the shortest acquire timeout is a failure, as a read's 503 would be. */
  private static final Map<String, String> SETTINGS = Map.of("DB_POOL_SIZE", "3",
      "DB_STATEMENT_TIMEOUT_MS", Long.toString(STATEMENT_TIMEOUT_MS), "DB_CONNECTION_TIMEOUT_MS", "250");
  private static Database database;
  private static UUID source;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  @BeforeAll
  static void open() {
    database = Databases.open(SETTINGS);
    source = TestData.classification(database, Kind.SOURCE, TestData.unique("lock")).id();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
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

  /**
   * Imports waiting for their turn hold no connection: with one running and more waiting than the pool has
   * connections left, the waiting ones never reach the advisory lock and a read gets a connection at once.
   * Each used to borrow its connection and then wait in the lock: two of them took the pool's last two
   * connections, and reads waited past their acquire timeout (a 503).
   */
  @Test
  void importsWaitingForTheirTurnHoldNoConnection() throws Exception {
    String token = TestData.unique("queue");
    Held first = new Held(token + " first", 2);
    Future<ImportReport> running = threads.submit(() -> run(first));
    List<Future<ImportReport>> waiting = new ArrayList<>();
    try {
      assertTrue(first.started.await(10, TimeUnit.SECONDS), "the first import read its first row");
      for (int i = 0; i < 4; i++) {
        Counted next = new Counted(token + " next " + i, 1);
        waiting.add(threads.submit(() -> run(next)));
      }
      Thread.sleep(STATEMENT_TIMEOUT_MS / 3);
      try (Connection c = database.dataSource().getConnection()) {
        assertEquals("0", TestData.query(c, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"),
            "no import waits in the advisory lock");
        c.rollback();
      }
      for (Future<ImportReport> next : waiting) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> next.get(10, TimeUnit.SECONDS),
            "each waited as long as a statement may take, and was refused");
        assertEquals(JdbcProductImport.ANOTHER_IMPORT, assertInstanceOf(Conflict.class, e.getCause()).getMessage());
      }
    } finally {
      first.release.countDown();
    }
    assertEquals(2, running.get(10, TimeUnit.SECONDS).inserted(), "the first one was not disturbed");
  }

  /** An import through another Database (another service, a {@code catalog import}) waits for the advisory lock. */
  @Test
  void anImportOfAnotherProcessWaitsForTheLock() throws Exception {
    String token = TestData.unique("other process");
    Held first = new Held(token + " first", 2);
    Future<ImportReport> running = threads.submit(() -> run(first));
    try (Database other = Databases.open(SETTINGS)) {
      assertTrue(first.started.await(10, TimeUnit.SECONDS), "the first import read its first row");
      Counted second = new Counted(token + " second", 2);
      Conflict refused = assertThrows(Conflict.class,
          () -> other.productImport(Clock.systemUTC()).run(second, ImportMode.EACH_ROW));
      assertEquals(JdbcProductImport.ANOTHER_IMPORT, refused.getMessage());
      assertEquals(0, second.read.get(), "refused before it read a row");
      assertInstanceOf(SQLException.class, refused.getCause(), "refused by the lock's statement timeout");
    } finally {
      first.release.countDown();
    }
    assertEquals(2, running.get(10, TimeUnit.SECONDS).inserted());
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
