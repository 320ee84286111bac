package catalog.infra.db;

import catalog.domain.importing.ProductImport;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.config.PoolSettings;
import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/** The catalog's database: its connections (pooled or not) and the units of work over them. */
public final class Database implements AutoCloseable {
  private static final Duration FILL_BOUND = Duration.ofSeconds(30);

  private final DatabaseSettings settings;
  private final DataSource dataSource;
  private final Bulkhead bulkhead;
  private final TransactionStart transactionStart;
  private final UnitOfWorkObserver observer;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private final ClassificationNames classificationNames = new ClassificationNames();
  private final CommonClassifications commonClassifications = new CommonClassifications();
  private final QueryStatistics statistics = new QueryStatistics();
  /** One import at a time through this database, in arrival order; the others wait holding no connection. */
  private final Semaphore importTurn = new Semaphore(1, true);
  private volatile PoolSettings pool;
  private volatile Boolean trigramSearch;

  private Database(DatabaseSettings settings, PoolSettings pool, DataSource dataSource, UnitOfWorkObserver observer) {
    this.settings = settings;
    this.pool = pool;
    this.dataSource = dataSource;
    this.bulkhead = dataSource instanceof HikariDataSource
        ? Bulkhead.pooled(dataSource, pool, observer)
        : Bulkhead.unpooled(dataSource, pool, observer);
    this.transactionStart = TransactionStart.of(settings);
    this.observer = observer;
  }

  /** Opens the pool (or the per-request connection source in {@code none} mode). */
  public static Database open(DatabaseSettings settings, PoolSettings pool, UnitOfWorkObserver observer) {
    return open(settings, pool, observer, null);
  }

  /**
   * Opens the pool with HikariCP's metrics going to {@code poolMetrics} (ignored in {@code none} mode,
   * and when null).
   */
  public static Database open(DatabaseSettings settings, PoolSettings pool, UnitOfWorkObserver observer,
      MetricsTrackerFactory poolMetrics) {
    try {
      return new Database(settings, pool, ConnectionFactory.create(settings, pool, poolMetrics), observer);
    } catch (RuntimeException e) {
      throw new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED,
          "cannot connect to " + settings.jdbcUrl() + " as " + settings.user() + ": " + rootMessage(e), e);
    }
  }

  /** The classifications' names its units of work share (package-private, for tests). */
  ClassificationNames classificationNames() {
    return classificationNames;
  }

  /** How many classification names pages and search hits took from what the service keeps. */
  public long classificationNamesKept() {
    return classificationNames.hits();
  }

  /** How many classification names pages and search hits had to read from the database. */
  public long classificationNamesRead() {
    return classificationNames.misses();
  }

  public UnitOfWork newUnitOfWork() {
    return newJdbcUnitOfWork();
  }

  private JdbcUnitOfWork newJdbcUnitOfWork() {
    return new JdbcUnitOfWork(bulkhead, transactionStart, observer, this::hasTrigramSearch, classificationNames,
        commonClassifications, statistics);
  }

  /**
   * Resizes the live pool. Growing takes effect at once (the pool opens connections up to the new
   * size now); shrinking retires idle connections at once and busy ones when they come back, and the
   * pool then refills to the new size. The bulkhead follows. Only a pool can be resized.
   *
   * @throws UnsupportedOperationException in {@code none} mode
   * @throws IllegalArgumentException when the figures are out of range (nothing changes)
   */
  public synchronized PoolSettings resize(int size, int maxOverflow) {
    HikariDataSource hikari = hikari().orElseThrow(() -> new UnsupportedOperationException(
        "pool mode " + pool.mode().label() + " has no pool to resize"));
    PoolSettings before = pool;
    PoolSettings after = before.resized(size, maxOverflow);
    HikariConfigMXBean config = hikari.getHikariConfigMXBean();
    if (after.maxOverflow() > 0) {
      config.setIdleTimeout(ConnectionFactory.OVERFLOW_IDLE_TIMEOUT_MS);
    }
    // Keep minimumIdle <= maximumPoolSize at every step: raise the ceiling first, lower the floor first.
    if (after.maxSize() >= before.maxSize()) {
      config.setMaximumPoolSize(after.maxSize());
      config.setMinimumIdle(after.size());
    } else {
      config.setMinimumIdle(after.size());
      config.setMaximumPoolSize(after.maxSize());
    }
    bulkhead.resize(after);
    pool = after;
    HikariPoolMXBean live = hikari.getHikariPoolMXBean();
    if (after.size() < before.size() || after.maxSize() < before.maxSize()) {
      live.softEvictConnections();
    } else if (after.size() > before.size() && live instanceof HikariPool filler) {
      background.submit(() -> fill(filler, after));
    }
    return after;
  }

  /**
   * Opens connections up to the new size now. Hikari does so by itself only when a borrower finds
   * none idle, or at its next housekeeping run (every 30 s), one creation task per request and a
   * bounded task queue; so ask as a waiting borrower would, until the pool is full, resized again,
   * or {@link #FILL_BOUND} has passed. Each task re-checks the pool's level first: none overshoots.
   */
  private void fill(HikariPool filler, PoolSettings target) {
    long deadline = System.nanoTime() + FILL_BOUND.toNanos();
    while (pool == target && filler.getIdleConnections() < target.size()
        && filler.getTotalConnections() < target.maxSize() && System.nanoTime() < deadline) {
      filler.addBagItem(target.size());
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** What the connections are doing right now. */
  public PoolState poolState() {
    PoolSettings now = pool;
    Optional<HikariDataSource> hikari = hikari();
    if (hikari.isPresent() && hikari.get().getHikariPoolMXBean() != null) {
      HikariPoolMXBean live = hikari.get().getHikariPoolMXBean();
      return new PoolState(now.mode(), now.size(), now.maxOverflow(), now.maxWaiters(),
          live.getActiveConnections(), live.getIdleConnections(), live.getThreadsAwaitingConnection(),
          live.getTotalConnections(), bulkhead.admitted());
    }
    int open = bulkhead.slotsInUse();
    return new PoolState(now.mode(), now.size(), now.maxOverflow(), now.maxWaiters(), open, 0,
        bulkhead.waitingForSlot(), open, bulkhead.admitted());
  }

  /**
   * Whether pg_trgm is installed, asked of the database once (at start, by {@code serve}) and then
   * remembered: search answers 503 without it until a restart.
   */
  public boolean hasTrigramSearch() {
    Boolean known = trigramSearch;
    if (known == null) {
      known = Migrations.hasTrigramSearch(this);
      trigramSearch = known;
    }
    return known;
  }

  /**
   * The most connections this role may open to this database ({@link ConnectionLimit}), or empty behind
   * PgBouncer, where the pool's connections are PgBouncer's clients, not the server's.
   */
  public OptionalInt connectionLimit() {
    if (settings.pgBouncer()) {
      return OptionalInt.empty();
    }
    return readAlone("reading the connection limit", ConnectionLimit::read);
  }

  /**
   * {@code step} on a connection of its own, outside any unit of work, ending the transaction it may have
   * begun (the pool's connections do not autocommit); a failure is translated as {@code doing}.
   */
  <T> T readAlone(String doing, Sql.Step<T> step) {
    try (Connection c = dataSource().getConnection()) {
      T value = step.run(c);
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return value;
    } catch (SQLException e) {
      throw SqlErrors.translate(doing, e);
    }
  }

  /** The catalog's key for signing page cursors, the same for every instance on this database (V10). */
  public byte[] cursorKey() {
    return Migrations.cursorKey(this);
  }

  /**
   * Bulk import of products; each run borrows one connection for its own transaction, once the import of
   * this database before it has ended ({@link #importTurn}).
   */
  public ProductImport productImport(Clock clock) {
    return new JdbcProductImport(this::newJdbcUnitOfWork, clock, JdbcProductImport.BATCH_ROWS, importTurn,
        Duration.ofMillis(settings.statementTimeoutMs()));
  }

  /** What readiness found: a connection that answered, none free, or none that answered. */
  public enum Readiness {
    READY,
    /** Every connection of the pool was in use throughout: the database may be fine, the service is full. */
    ALL_CONNECTIONS_BUSY,
    NO_ANSWER
  }

  /** True when a connection can be had and answers a query within {@code timeout}. */
  public boolean isReady(Duration timeout) {
    return readiness(timeout) == Readiness.READY;
  }

  /**
   * Whether a connection can be had and answers a query within {@code timeout}, and if not, whether that
   * was because every connection of the pool stayed in use (a readiness probe that said "the database is
   * not reachable" then sent an operator after a database that was fine).
   */
  public Readiness readiness(Duration timeout) {
    AtomicBoolean borrowed = new AtomicBoolean();
    Future<Boolean> check = background.submit(() -> {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        borrowed.set(true);
        s.execute("SELECT 1");
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        return true;
      }
    });
    try {
      return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Readiness.READY : Readiness.NO_ANSWER;
    } catch (TimeoutException e) {
      check.cancel(true);
      return notReady(borrowed.get());
    } catch (ExecutionException e) {
      return notReady(borrowed.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Readiness.NO_ANSWER;
    }
  }

  /** Why a check failed: busy when it never had a connection while the pool's were all in use. */
  private Readiness notReady(boolean borrowed) {
    boolean allBusy = hikari().map(HikariDataSource::getHikariPoolMXBean)
        .map(pool -> pool.getTotalConnections() > 0 && pool.getActiveConnections() >= pool.getTotalConnections())
        .orElse(false);
    return !borrowed && allBusy ? Readiness.ALL_CONNECTIONS_BUSY : Readiness.NO_ANSWER;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The Hikari pool, when the mode is {@code hikari}. */
  public Optional<HikariDataSource> hikari() {
    return dataSource instanceof HikariDataSource h ? Optional.of(h) : Optional.empty();
  }

  public DatabaseSettings settings() {
    return settings;
  }

  public PoolSettings poolSettings() {
    return pool;
  }

  @Override
  public void close() {
    background.shutdownNow();
    if (dataSource instanceof HikariDataSource h) {
      h.close();
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
