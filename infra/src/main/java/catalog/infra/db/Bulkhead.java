package catalog.infra.db;

import catalog.infra.config.PoolSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The bounded wait in front of the connections. Virtual threads make request concurrency unbounded,
 * so at most {@code maxSize + maxWaiters} units of work may hold or wait for a connection at once; the
 * next is refused at once ({@link DatabaseUnavailable.Reason#OVERLOADED}) instead of queueing. Its
 * permit goes back with the connection. A waiter gives up at the acquire timeout: Hikari's own with a
 * pool; without one ({@code none} mode) {@code maxSize} connection slots do the waiting, so the same
 * figures cap the physical connections open at once.
 */
final class Bulkhead {
  private final DataSource dataSource;
  private final Permits admission;
  private final Permits slots;
  private final long timeoutMs;
  private final UnitOfWorkObserver observer;
  private final AtomicInteger waitingForSlot = new AtomicInteger();
  private volatile int maxSize;
  private volatile int maxWaiters;

  private Bulkhead(DataSource dataSource, PoolSettings pool, boolean pooled, UnitOfWorkObserver observer) {
    this.dataSource = dataSource;
    this.admission = new Permits(pool.maxSize() + pool.maxWaiters());
    this.slots = pooled ? null : new Permits(pool.maxSize());
    this.timeoutMs = pool.connectionTimeoutMs();
    this.observer = observer;
    this.maxSize = pool.maxSize();
    this.maxWaiters = pool.maxWaiters();
  }

  /** In front of a pool, which limits connections and times waiters out itself. */
  static Bulkhead pooled(DataSource pool, PoolSettings settings, UnitOfWorkObserver observer) {
    return new Bulkhead(pool, settings, true, observer);
  }

  /** In front of a source that opens a new physical connection on every call. */
  static Bulkhead unpooled(DataSource source, PoolSettings settings, UnitOfWorkObserver observer) {
    return new Bulkhead(source, settings, false, observer);
  }

  /** A connection, or {@link DatabaseUnavailable} when too many already wait or none comes in time. */
  Connection acquire() throws SQLException {
    if (!admission.tryAcquire()) {
      throw new DatabaseUnavailable(DatabaseUnavailable.Reason.OVERLOADED,
          "all " + maxSize + " database connections are in use and " + maxWaiters
              + " requests already wait for one", null);
    }
    boolean slotTaken = false;
    try {
      if (slots == null) {
        return dataSource.getConnection();
      }
      awaitSlot();
      slotTaken = true;
      long start = System.nanoTime();
      Connection opened = dataSource.getConnection();
      observer.connected(System.nanoTime() - start);
      return opened;
    } catch (SQLException | RuntimeException e) {
      if (slotTaken) {
        slots.release();
      }
      admission.release();
      throw e;
    }
  }

  /** Gives the connection back (to the pool, or closes it) and frees its permit. */
  void release(Connection connection) throws SQLException {
    try {
      connection.close();
    } finally {
      if (slots != null) {
        slots.release();
      }
      admission.release();
    }
  }

  /** Follows a live resize: new connection and waiter limits; held permits stay valid. */
  synchronized void resize(PoolSettings pool) {
    maxSize = pool.maxSize();
    maxWaiters = pool.maxWaiters();
    admission.resize(pool.maxSize() + pool.maxWaiters());
    if (slots != null) {
      slots.resize(pool.maxSize());
    }
  }

  /** Units of work holding or waiting for a connection. */
  int admitted() {
    return admission.inUse();
  }

  /** Connections open now ({@code none} mode only: a pool counts its own). */
  int slotsInUse() {
    return slots == null ? 0 : slots.inUse();
  }

  /** Units of work waiting for a connection slot ({@code none} mode only). */
  int waitingForSlot() {
    return waitingForSlot.get();
  }

  private void awaitSlot() {
    waitingForSlot.incrementAndGet();
    try {
      if (!slots.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS)) {
        throw new DatabaseUnavailable(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT,
            "no database connection became free within " + timeoutMs + " ms", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseUnavailable(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT,
          "interrupted while waiting for a database connection", e);
    } finally {
      waitingForSlot.decrementAndGet();
    }
  }
}
