package catalog.app.metrics;

import catalog.infra.db.DatabaseUnavailable;
import catalog.infra.db.UnitOfWorkObserver;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.LongAdder;

/**
 * What {@code GET /admin/pool} reports beyond the pool's live counts: connection wait and hold times
 * (HdrHistograms, since start and over the last 10 s), acquire timeouts and bulkhead refusals.
 */
@Singleton
public final class PoolStats implements UnitOfWorkObserver {
  private final Latencies acquire;
  private final Latencies usage;
  private final LongAdder timeouts = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder connectFailed = new LongAdder();

  @Inject
  public PoolStats() {
    this(new Latencies(), new Latencies());
  }

  PoolStats(Latencies acquire, Latencies usage) {
    this.acquire = acquire;
    this.usage = usage;
  }

  @Override
  public void acquired(long waitNanos) {
    acquire.record(waitNanos);
  }

  @Override
  public void released(long heldNanos) {
    usage.record(heldNanos);
  }

  /** Counts the 503 by its reason, and the wait that ended in it as a wait (see {@link #refusedAtOnce}). */
  @Override
  public void acquireFailed(RuntimeException error, long waitNanos) {
    if (error instanceof DatabaseUnavailable unavailable) {
      switch (unavailable.reason()) {
        case ACQUIRE_TIMEOUT -> timeouts.increment();
        case OVERLOADED -> rejected.increment();
        case CONNECT_FAILED -> connectFailed.increment();
        default -> { }
      }
    }
    if (!refusedAtOnce(error)) {
      acquire.record(waitNanos);
    }
  }

  /**
   * Whether a unit of work was refused without waiting (the bulkhead's queue was full). Other failures
   * waited, a timeout as long as there is: leaving them out of the waits hid the longest exactly when the
   * pool was full.
   */
  static boolean refusedAtOnce(RuntimeException error) {
    return error instanceof DatabaseUnavailable u && u.reason() == DatabaseUnavailable.Reason.OVERLOADED;
  }

  /** How long units of work waited for a connection. */
  public Latencies.Snapshot acquire() {
    return acquire.snapshot();
  }

  /** How long units of work held their connection. */
  public Latencies.Snapshot usage() {
    return usage.snapshot();
  }

  /** Units of work that got no connection within the acquire timeout. */
  public long timeouts() {
    return timeouts.sum();
  }

  /** Units of work refused at once because too many already waited. */
  public long rejected() {
    return rejected.sum();
  }

  /** Units of work that got no connection because the database could not be reached or refused it. */
  public long connectFailed() {
    return connectFailed.sum();
  }
}
