package catalog.infra.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A value read from the database, such as what PostgreSQL's statistics say of a column, kept for a minute
 * and then read again on the connection of the request that finds it stale. One thread reads at a time;
 * the others meanwhile go on with the value there is, or with none before the first read. Only for values
 * that decide how to ask, never what the answer is: a stale or missing one may only cost time.
 */
final class Refreshed<T> {
  /** Reads the value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Connection c) throws SQLException;
  }

  private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

  private final Reader<T> reader;
  private final LongSupplier nanoTime;
  private final AtomicBoolean reading = new AtomicBoolean();
  private volatile Stamped<T> stamped;

  Refreshed(Reader<T> reader, LongSupplier nanoTime) {
    this.reader = reader;
    this.nanoTime = nanoTime;
  }

  /**
   * The value, read on {@code c} first when it was never read or is more than a minute old, unless
   * another thread is reading it: then the one there is, or null before the first read.
   */
  T get(Connection c) throws SQLException {
    Stamped<T> current = stamped;
    if (current != null && nanoTime.getAsLong() - current.readAt() < MAX_AGE_NANOS) {
      return current.value();
    }
    if (!reading.compareAndSet(false, true)) {
      return current == null ? null : current.value();
    }
    try {
      T fresh = reader.read(c);
      stamped = new Stamped<>(fresh, nanoTime.getAsLong());
      return fresh;
    } finally {
      reading.set(false);
    }
  }

  private record Stamped<T>(T value, long readAt) {}
}
