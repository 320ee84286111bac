package catalog.infra.db;

import catalog.domain.importing.ProductImport;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.config.PoolSettings;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/** The catalog's database: its connections (pooled or not) and the units of work over them. */
public final class Database implements AutoCloseable {
  private final DatabaseSettings settings;
  private final PoolSettings pool;
  private final DataSource dataSource;
  private final TransactionStart transactionStart;
  private final UnitOfWorkObserver observer;
  private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();

  private Database(DatabaseSettings settings, PoolSettings pool, DataSource dataSource, UnitOfWorkObserver observer) {
    this.settings = settings;
    this.pool = pool;
    this.dataSource = dataSource;
    this.transactionStart = TransactionStart.of(settings);
    this.observer = observer;
  }

  /** Opens the pool (or the per-request connection source in {@code none} mode). */
  public static Database open(DatabaseSettings settings, PoolSettings pool, UnitOfWorkObserver observer) {
    try {
      return new Database(settings, pool, ConnectionFactory.create(settings, pool), observer);
    } catch (RuntimeException e) {
      throw new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED,
          "cannot connect to " + settings.jdbcUrl() + " as " + settings.user() + ": " + rootMessage(e), e);
    }
  }

  public UnitOfWork newUnitOfWork() {
    return new JdbcUnitOfWork(dataSource, transactionStart, observer);
  }

  /** Bulk import of products; each run borrows one connection for its own transaction. */
  public ProductImport productImport(Clock clock) {
    return new JdbcProductImport(() -> new JdbcUnitOfWork(dataSource, transactionStart, observer), clock,
        JdbcProductImport.BATCH_ROWS);
  }

  /** True when a connection can be had and answers a query within {@code timeout}. */
  public boolean isReady(Duration timeout) {
    Future<Boolean> check = checks.submit(() -> {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("SELECT 1");
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        return true;
      }
    });
    try {
      return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      check.cancel(true);
      return false;
    } catch (ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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
    checks.shutdownNow();
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
