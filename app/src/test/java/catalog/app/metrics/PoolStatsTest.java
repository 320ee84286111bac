package catalog.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.infra.db.DatabaseUnavailable;
import catalog.infra.db.DatabaseUnavailable.Reason;
import org.junit.jupiter.api.Test;

/** The admin view's counters and latencies come from what units of work report. */
class PoolStatsTest {
  private final PoolStats stats = new PoolStats();

  @Test
  void timeoutsRefusalsAndUnreachableDatabasesAreCountedApartAndOtherFailuresNot() {
    stats.acquireFailed(unavailable(Reason.ACQUIRE_TIMEOUT), 4_000_000_000L);
    stats.acquireFailed(unavailable(Reason.OVERLOADED), 0);
    stats.acquireFailed(unavailable(Reason.OVERLOADED), 0);
    stats.acquireFailed(unavailable(Reason.CONNECT_FAILED), 1_000_000);
    stats.acquireFailed(new IllegalStateException("other"), 0);

    assertEquals(1, stats.timeouts());
    assertEquals(2, stats.rejected());
    assertEquals(1, stats.connectFailed());
  }

  /** A wait that ended in a timeout is a wait (the longest); a refusal at once waited for nothing. */
  @Test
  void aTimedOutWaitIsAWait() {
    stats.acquired(2_000_000);
    stats.acquireFailed(unavailable(Reason.ACQUIRE_TIMEOUT), 4_000_000_000L);
    stats.acquireFailed(unavailable(Reason.OVERLOADED), 0);

    assertEquals(2, stats.acquire().sinceStart().count());
    assertEquals(4000.0, stats.acquire().sinceStart().p99(), 4000.0 * 0.01);
  }

  @Test
  void waitsAndHoldsGoToTheirOwnHistograms() {
    stats.acquired(2_000_000);
    stats.released(30_000_000);
    stats.released(40_000_000);

    assertEquals(1, stats.acquire().sinceStart().count());
    assertEquals(2.0, stats.acquire().sinceStart().p50(), 0.01);
    assertEquals(2, stats.usage().sinceStart().count());
    assertEquals(40.0, stats.usage().lastWindow().p99(), 0.05);
  }

  private static DatabaseUnavailable unavailable(Reason reason) {
    return new DatabaseUnavailable(reason, reason.name(), null);
  }
}
