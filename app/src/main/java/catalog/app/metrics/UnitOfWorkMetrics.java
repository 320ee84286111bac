package catalog.app.metrics;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.work.Transactions;
import catalog.infra.db.DatabaseUnavailable;
import catalog.infra.db.UnitOfWorkObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Unit-of-work meters: connection wait, hold and (in {@code none} mode) setup times, commits,
 * rollbacks, serialization retries, acquisitions that failed, by reason (each one a 503), and statements
 * the database cancelled at the statement timeout (each one a 503 too).
 */
@Singleton
public final class UnitOfWorkMetrics implements UnitOfWorkObserver, Transactions.RetryListener {
  static final String OTHER_FAILURE = "error";

  private final Timer acquire;
  private final Timer hold;
  private final Timer connect;
  private final Counter commits;
  private final Counter rollbacks;
  private final Counter retries;
  private final Map<DatabaseUnavailable.Reason, Counter> failures = new EnumMap<>(DatabaseUnavailable.Reason.class);
  private final Counter otherFailures;
  private final Counter statementTimeouts;

  @Inject
  public UnitOfWorkMetrics(Metrics metrics) {
    this(metrics.registry());
  }

  UnitOfWorkMetrics(MeterRegistry registry) {
    acquire = timer(registry, "catalog.db.acquire",
        "Time a unit of work waited for a database connection (bulkhead and pool, or a new connection in none mode)");
    hold = timer(registry, "catalog.db.hold", "Time a unit of work held its database connection");
    connect = timer(registry, "catalog.db.connect",
        "Time to open a new physical database connection for a unit of work (none mode)");
    commits = Counter.builder("catalog.db.commits").description("Unit-of-work commits").register(registry);
    rollbacks = Counter.builder("catalog.db.rollbacks")
        .description("Unit-of-work rollbacks (every unit of work that did not commit, retries included)")
        .register(registry);
    retries = Counter.builder("catalog.db.retries")
        .description("Units of work re-run after a serialization failure or deadlock").register(registry);
    // A statement timeout is not a failure to get a connection: it has a counter of its own.
    for (DatabaseUnavailable.Reason reason : DatabaseUnavailable.Reason.values()) {
      if (reason != DatabaseUnavailable.Reason.STATEMENT_TIMEOUT) {
        failures.put(reason, failureCounter(registry, reason.name().toLowerCase(Locale.ROOT)));
      }
    }
    otherFailures = failureCounter(registry, OTHER_FAILURE);
    statementTimeouts = Counter.builder("catalog.db.statement.timeouts")
        .description("Statements the database cancelled at DB_STATEMENT_TIMEOUT_MS (each answered 503)")
        .register(registry);
  }

  @Override
  public void acquired(long waitNanos) {
    acquire.record(waitNanos, TimeUnit.NANOSECONDS);
  }

  /**
   * Counts the failure by its reason; a wait that ended in it is a wait for a connection too (a timeout's
   * is the longest there is), except a refusal at once, which waited for nothing.
   */
  @Override
  public void acquireFailed(RuntimeException error, long waitNanos) {
    Counter counter = error instanceof DatabaseUnavailable u ? failures.get(u.reason()) : null;
    (counter == null ? otherFailures : counter).increment();
    if (!PoolStats.refusedAtOnce(error)) {
      acquire.record(waitNanos, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void statementFailed(RuntimeException error) {
    if (error instanceof DatabaseUnavailable u && u.reason() == DatabaseUnavailable.Reason.STATEMENT_TIMEOUT) {
      statementTimeouts.increment();
    }
  }

  @Override
  public void connected(long connectNanos) {
    connect.record(connectNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void released(long heldNanos) {
    hold.record(heldNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void committed() {
    commits.increment();
  }

  @Override
  public void rolledBack() {
    rollbacks.increment();
  }

  @Override
  public void retrying(int failedAttempt, ConcurrentUpdate cause) {
    retries.increment();
  }

  private static Timer timer(MeterRegistry registry, String name, String description) {
    return Timer.builder(name)
        .description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(100_000))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
  }

  private static Counter failureCounter(MeterRegistry registry, String reason) {
    return Counter.builder("catalog.db.acquire.failures")
        .description("Units of work that got no database connection, by reason (each answered 503)")
        .tag("reason", reason)
        .register(registry);
  }
}
