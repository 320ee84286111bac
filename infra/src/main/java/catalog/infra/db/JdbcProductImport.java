package catalog.infra.db;

import catalog.domain.Conflict;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.importing.ImportTally;
import catalog.domain.importing.ProductImport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Bulk import in one transaction of its own at READ COMMITTED (an import only adds rows, and must
 * not fail on rows that other transactions commit meanwhile). The calling thread reads and checks
 * rows into batches while a {@link BatchWriter} writes the previous batch (see {@link ImportStaging}),
 * so reading and the database work overlap; each statement stays short however long the input is,
 * and at most two batches are held in memory.
 *
 * <p>Imports into one catalog run one at a time ({@link #IMPORT_LOCK}). Two at once each hold the new
 * keys they added (classification names, the words of new names, barcodes) until they commit, and wait
 * for the other's: with the same new names in another order PostgreSQL found a deadlock and one import
 * failed whole; in the same order the second waited past the statement timeout and failed whole, after
 * its client had sent its rows. And a client that uploaded slowly held a connection per import, so a
 * few of them took every connection. Now an import waits for the one before it as long as a statement
 * may take, and is then refused ({@link Conflict}) before it reads a row.
 *
 * <p>Within one service the wait is for {@code turn}, shared by the imports of one {@link Database},
 * before the import borrows a connection; only then does it take the advisory lock, which a {@code catalog
 * import} or another instance may hold. An import that waited for the lock on a connection of its own
 * kept that connection from the pool while it waited: a dozen imports sent while one ran took every
 * connection, and the catalog's reads answered 503.
 */
final class JdbcProductImport implements ProductImport {
  /**
   * Rows per batch: each batch is a COPY and an INSERT ... SELECT, bound by the request statement timeout
   * (DB_STATEMENT_TIMEOUT_MS, 5 s by default). On a slow 2-core machine under load a batch of 5,000 rows
   * took over 5 s (the whole import then failed with a 503); 1,000 keep each statement well under it.
   */
  static final int BATCH_ROWS = 1000;
  /**
   * The import's transaction lets the trigram indexes' pending lists grow to PostgreSQL's default of 4 MB
   * (the service's sessions keep them under {@link ConnectionFactory#GIN_PENDING_LIST_KB}): merging new
   * entries into a GIN index a few thousand rows at a time is a large part of what the import's speed
   * relies on. The next write of the service moves what the import left pending into the index.
   */
  static final int GIN_PENDING_LIST_KB = 4096;
  private static final String TRANSACTION = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; "
      + "SET LOCAL gin_pending_list_limit = " + GIN_PENDING_LIST_KB;
  /** The transaction-level advisory lock an import holds: "catalog" in ASCII, one per database. */
  static final long IMPORT_LOCK = 0x636174616c6f67L;
  static final String ANOTHER_IMPORT = "another import is running in this catalog; imports run one at a time,"
      + " so retry when it has finished";

  private final Supplier<JdbcUnitOfWork> units;
  private final Clock clock;
  private final int batchRows;
  private final Semaphore turn;
  /** How long an import waits for {@link #turn}: the statement timeout; zero, as it, for no limit. */
  private final Duration turnWait;

  JdbcProductImport(Supplier<JdbcUnitOfWork> units, Clock clock, int batchRows, Semaphore turn, Duration turnWait) {
    this.units = units;
    this.clock = clock;
    this.batchRows = batchRows;
    this.turn = turn;
    this.turnWait = turnWait;
  }

  @Override
  public ImportReport run(ImportRows rows, ImportMode mode) {
    awaitTurn();
    try (JdbcUnitOfWork uow = units.get()) {
      ImportTally tally = Sql.run(uow.source(), "importing products", c -> importAll(c, rows));
      if (mode == ImportMode.ATOMIC && tally.failed() > 0) {
        uow.rollback();
        return tally.rolledBack();
      }
      uow.commit();
      return tally.committed();
    } finally {
      turn.release();
    }
  }

  /** Waits, holding no connection, for the import of this service before it to end (see the class comment). */
  private void awaitTurn() {
    try {
      if (turnWait.isZero()) {
        turn.acquire();
      } else if (!turn.tryAcquire(turnWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new Conflict(ANOTHER_IMPORT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Conflict(ANOTHER_IMPORT, e);
    }
  }

  private ImportTally importAll(Connection c, ImportRows rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(TRANSACTION);
    }
    waitForTheImportBefore(c);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ReentrantLock connectionLock = new ReentrantLock();
    ImportTally tally = new ImportTally();
    ImportClassifications classifications = ImportClassifications.open(c, connectionLock, now,
        ImportClassifications.PREFETCH_LIMIT);
    try (BatchWriter writer = BatchWriter.start(ImportStaging.open(c, now), classifications, connectionLock,
        tally, batchRows)) {
      ImportBatch batch = writer.emptyBatch();
      for (ImportRow row = rows.next(classifications); row != null; row = rows.next(classifications)) {
        switch (row) {
          case ImportRow.Invalid invalid -> tally.failed(invalid.line(), invalid.detail());
          case ImportRow.Valid valid -> {
            String problem = classifications.problemWith(valid.fields());
            // A repeat of a row of the batch is kept by the batch and reported when it is written.
            long repeated = problem == null ? batch.add(valid.line(), UUID.randomUUID(), valid.fields()) : -1;
            if (problem != null) {
              tally.failed(valid.line(), problem);
            } else if (repeated < 0 && batch.full()) {
              batch = writer.write(batch);
            }
          }
        }
      }
      writer.write(batch);
      writer.finish();
    }
    classifications.created().dropUnused(c);
    return tally;
  }

  /**
   * Takes {@link #IMPORT_LOCK}, waiting for an import that holds it; the statement timeout bounds the
   * wait (it is the only thing this statement waits for), and an import still running then is a conflict.
   */
  private static void waitForTheImportBefore(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
    } catch (SQLException e) {
      if (SqlErrors.QUERY_CANCELED.equals(e.getSQLState())) {
        throw new Conflict(ANOTHER_IMPORT, e);
      }
      throw e;
    }
  }
}
