package catalog.infra.db;

import catalog.domain.classification.Classifications;
import catalog.domain.listing.ProductReads;
import catalog.domain.product.Products;
import catalog.domain.work.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A unit of work over one JDBC connection, borrowed on first use and given back on rollback or
 * close. Autocommit is off; nothing is kept unless {@link #commit()} is called.
 */
final class JdbcUnitOfWork implements UnitOfWork {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcUnitOfWork.class);

  private final Bulkhead bulkhead;
  private final TransactionStart transactionStart;
  private final UnitOfWorkObserver observer;
  private final JdbcProducts products;
  private final JdbcClassifications classifications;
  private final JdbcProductReads productReads;
  private final Sql.ConnectionSource source;
  private Connection connection;
  private long acquiredAt;
  private boolean inTransaction;
  private boolean closed;

  JdbcUnitOfWork(Bulkhead bulkhead, TransactionStart transactionStart, UnitOfWorkObserver observer,
      BooleanSupplier trigramSearch, ClassificationNames names, CommonClassifications common,
      QueryStatistics statistics) {
    this.bulkhead = bulkhead;
    this.transactionStart = transactionStart;
    this.observer = observer;
    this.source = new Sql.ConnectionSource() {
      @Override
      public Connection connection() {
        return JdbcUnitOfWork.this.connection();
      }

      @Override
      public void failed(RuntimeException error) {
        observer.statementFailed(error);
      }
    };
    this.products = new JdbcProducts(source);
    this.classifications = new JdbcClassifications(source);
    this.productReads = new JdbcProductReads(source, trigramSearch, names, common, statistics);
  }

  /** The connection for repositories' steps, which tells the observer of those that fail. */
  Sql.ConnectionSource source() {
    return source;
  }

  @Override
  public Products products() {
    return products;
  }

  @Override
  public Classifications classifications() {
    return classifications;
  }

  @Override
  public ProductReads productReads() {
    return productReads;
  }

  /** The connection of the current transaction, borrowing one and starting the transaction as needed. */
  Connection connection() {
    if (closed) {
      throw new IllegalStateException("unit of work is closed");
    }
    if (connection == null) {
      connection = borrow();
    }
    try {
      if (connection.getAutoCommit()) {
        connection.setAutoCommit(false);
      }
      if (!inTransaction) {
        String sql = transactionStart.sql();
        if (sql != null) {
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
        }
        inTransaction = true;
      }
      return connection;
    } catch (SQLException e) {
      throw SqlErrors.translate("starting a transaction", e);
    }
  }

  private Connection borrow() {
    long start = System.nanoTime();
    Connection borrowed;
    try {
      borrowed = bulkhead.acquire();
    } catch (SQLException e) {
      RuntimeException error = SqlErrors.translate("borrowing a connection", e);
      observer.acquireFailed(error, System.nanoTime() - start);
      throw error;
    } catch (RuntimeException e) {
      observer.acquireFailed(e, System.nanoTime() - start);
      throw e;
    }
    acquiredAt = System.nanoTime();
    observer.acquired(acquiredAt - start);
    return borrowed;
  }

  @Override
  public void commit() {
    if (connection == null || !inTransaction) {
      return;
    }
    try {
      connection.commit();
      inTransaction = false;
      observer.committed();
    } catch (SQLException e) {
      throw SqlErrors.translate("committing", e);
    }
  }

  @Override
  public void rollback() {
    if (connection == null) {
      return;
    }
    try {
      if (inTransaction) {
        connection.rollback();
        observer.rolledBack();
      }
    } catch (SQLException e) {
      LOG.warn("rollback failed; the connection is given back and the pool will reset it", e);
    } finally {
      release();
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      rollback();
    } finally {
      closed = true;
    }
  }

  private void release() {
    Connection held = connection;
    connection = null;
    inTransaction = false;
    try {
      bulkhead.release(held);
    } catch (SQLException e) {
      LOG.warn("closing a connection failed", e);
    } finally {
      observer.released(System.nanoTime() - acquiredAt);
    }
  }
}
