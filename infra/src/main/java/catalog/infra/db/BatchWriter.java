package catalog.infra.db;

import catalog.domain.importing.ImportTally;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes an import's batches on a thread of its own while the reader fills the next one. Two batches
 * circulate: the reader hands a full one over and takes back an empty one. The connection is used
 * under a lock, as the reader also needs it now and then (to look up a classification).
 */
final class BatchWriter implements AutoCloseable {
  private static final ImportBatch END = new ImportBatch(0);

  private final ImportStaging staging;
  private final ImportClassifications classifications;
  private final ReentrantLock connectionLock;
  private final ImportTally tally;
  private final BlockingQueue<ImportBatch> full = new ArrayBlockingQueue<>(1);
  private final BlockingQueue<ImportBatch> empty = new ArrayBlockingQueue<>(2);
  private final Thread thread;
  private volatile Throwable failure;
  private boolean ended;

  private BatchWriter(ImportStaging staging, ImportClassifications classifications, ReentrantLock connectionLock,
      ImportTally tally, int batchRows) {
    this.staging = staging;
    this.classifications = classifications;
    this.connectionLock = connectionLock;
    this.tally = tally;
    empty.add(new ImportBatch(batchRows));
    empty.add(new ImportBatch(batchRows));
    this.thread = Thread.ofVirtual().name("import-writer").unstarted(this::loop);
  }

  static BatchWriter start(ImportStaging staging, ImportClassifications classifications, ReentrantLock connectionLock,
      ImportTally tally, int batchRows) {
    BatchWriter writer = new BatchWriter(staging, classifications, connectionLock, tally, batchRows);
    writer.thread.start();
    return writer;
  }

  ImportBatch emptyBatch() throws SQLException {
    return take(empty);
  }

  /** Hands the batch over to be written and returns an empty one; fails if an earlier write failed. */
  ImportBatch write(ImportBatch batch) throws SQLException {
    rethrowFailure();
    put(batch);
    return take(empty);
  }

  /** Waits until every batch handed over is written; fails if a write failed. */
  void finish() throws SQLException {
    end();
    rethrowFailure();
  }

  /** Stops the writer (after the batch it is writing) if {@link #finish()} was not reached. */
  @Override
  public void close() throws SQLException {
    end();
  }

  private void loop() {
    while (true) {
      ImportBatch batch;
      try {
        batch = full.take();
      } catch (InterruptedException e) {
        failure = e;
        return;
      }
      if (batch == END) {
        return;
      }
      if (failure == null) {
        connectionLock.lock();
        try {
          staging.write(batch, classifications, tally);
        } catch (SQLException | RuntimeException | Error e) {
          failure = e;
        } finally {
          connectionLock.unlock();
        }
      }
      batch.clear();
      empty.add(batch);
    }
  }

  private void end() throws SQLException {
    if (ended) {
      return;
    }
    ended = true;
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while the import's last batch was written", e);
    }
  }

  private void rethrowFailure() throws SQLException {
    Throwable f = failure;
    switch (f) {
      case null -> { }
      case SQLException e -> throw e;
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new SQLException("writing an import batch failed", f);
    }
  }

  private void put(ImportBatch batch) throws SQLException {
    try {
      full.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while handing over an import batch", e);
    }
  }

  private static ImportBatch take(BlockingQueue<ImportBatch> queue) throws SQLException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for an import batch", e);
    }
  }
}
