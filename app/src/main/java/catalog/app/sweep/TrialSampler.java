package catalog.app.sweep;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples the pool ({@code /admin/pool}, when there is one) and PostgreSQL's backends
 * ({@code pg_stat_activity}) every {@value #EVERY_MS} ms while a trial runs, for peaks and means.
 */
final class TrialSampler {
  static final long EVERY_MS = 200;

  private final AdminClient admin;
  private final PostgresView pg;
  private final String database;
  private final AtomicBoolean running = new AtomicBoolean();
  private Thread thread;

  private int samples;
  private int poolSamples;
  private int pendingPeak = -1;
  private long activeSum;
  private int activePeak = -1;
  private int totalPeak = -1;
  private long pgActiveSum;
  private int pgActivePeak = -1;
  private int pgBackendsPeak = -1;
  private int failures;

  /** {@code admin} may be null (no pool to watch: pgbench, or a service in none mode). */
  TrialSampler(AdminClient admin, PostgresView pg, String database) {
    this.admin = admin;
    this.pg = pg;
    this.database = database;
  }

  void start() {
    running.set(true);
    thread = Thread.ofPlatform().daemon().name("sweep-sampler").start(this::loop);
  }

  Samples stop() {
    running.set(false);
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      return new Samples(pendingPeak, poolSamples == 0 ? Double.NaN : (double) activeSum / poolSamples, activePeak,
          totalPeak, samples == 0 ? Double.NaN : (double) pgActiveSum / samples, pgActivePeak, pgBackendsPeak,
          failures);
    }
  }

  private void loop() {
    while (running.get()) {
      long next = System.nanoTime() + EVERY_MS * 1_000_000;
      sampleOnce();
      long wait = (next - System.nanoTime()) / 1_000_000;
      if (wait > 0) {
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private void sampleOnce() {
    try {
      PoolSnapshot p = admin == null ? null : admin.pool();
      PostgresView.Activity a = pg.activity(database);
      synchronized (this) {
        if (p != null) {
          poolSamples++;
          pendingPeak = Math.max(pendingPeak, p.pending());
          activeSum += p.active();
          activePeak = Math.max(activePeak, p.active());
          totalPeak = Math.max(totalPeak, p.total());
        }
        samples++;
        pgActiveSum += a.active();
        pgActivePeak = Math.max(pgActivePeak, a.active());
        pgBackendsPeak = Math.max(pgBackendsPeak, a.backends());
      }
    } catch (RuntimeException e) {
      if (running.get()) {
        synchronized (this) {
          failures++;
        }
      }
    }
  }

  /** Peaks and means over a trial; -1 or NaN when nothing was sampled. */
  record Samples(int pendingPeak, double activeMean, int activePeak, int totalPeak, double pgActiveMean,
      int pgActivePeak, int pgBackendsPeak, int failures) {}
}
