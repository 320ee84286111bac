package catalog.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.ConcurrentUpdate;
import catalog.infra.db.DatabaseUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Each observer call lands on its meter; failures are counted by reason. */
class UnitOfWorkMetricsTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final UnitOfWorkMetrics metrics = new UnitOfWorkMetrics(registry);

  @Test
  void retriesCommitsAndRollbacksAreCounted() {
    metrics.retrying(1, new ConcurrentUpdate("race", null));
    metrics.retrying(2, new ConcurrentUpdate("race", null));
    metrics.committed();
    metrics.rolledBack();

    assertEquals(2.0, registry.get("catalog.db.retries").counter().count());
    assertEquals(1.0, registry.get("catalog.db.commits").counter().count());
    assertEquals(1.0, registry.get("catalog.db.rollbacks").counter().count());
  }

  @Test
  void failedAcquisitionsAreCountedByReason() {
    metrics.acquireFailed(new DatabaseUnavailable(DatabaseUnavailable.Reason.OVERLOADED, "full", null), 0);
    metrics.acquireFailed(new DatabaseUnavailable(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT, "slow", null),
        4_000_000_000L);
    metrics.acquireFailed(new IllegalStateException("bug"), 1_000);

    assertEquals(1.0, failures("overloaded"));
    assertEquals(1.0, failures("acquire_timeout"));
    assertEquals(0.0, failures("connect_failed"));
    assertEquals(1.0, failures("error"));
    // The timeout's 4 s wait and the error's are waits; the refusal at once is not.
    assertEquals(2, registry.get("catalog.db.acquire").timer().count());
    assertEquals(4.0, registry.get("catalog.db.acquire").timer().max(java.util.concurrent.TimeUnit.SECONDS), 0.001);
  }

  @Test
  void statementTimeoutsAreCountedApartFromAcquisitions() {
    metrics.statementFailed(new DatabaseUnavailable(DatabaseUnavailable.Reason.STATEMENT_TIMEOUT, "late", null));
    metrics.statementFailed(new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED, "gone", null));
    metrics.statementFailed(new IllegalStateException("bug"));

    assertEquals(1.0, registry.get("catalog.db.statement.timeouts").counter().count());
    assertEquals(0.0, failures("connect_failed"));
    assertEquals(0.0, failures("error"));
    assertTrue(registry.find("catalog.db.acquire.failures").tag("reason", "statement_timeout").counters().isEmpty(),
        "a statement timeout is not a failure to get a connection");
  }

  @Test
  void waitHoldAndConnectTimesAreTimed() {
    metrics.acquired(1_000_000);
    metrics.released(5_000_000);
    metrics.connected(3_000_000);

    assertEquals(1, registry.get("catalog.db.acquire").timer().count());
    assertEquals(5.0, registry.get("catalog.db.hold").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
    assertEquals(1, registry.get("catalog.db.connect").timer().count());
  }

  private double failures(String reason) {
    return registry.get("catalog.db.acquire.failures").tag("reason", reason).counter().count();
  }
}
