package catalog.infra.db;

import java.util.concurrent.Semaphore;

/**
 * A fair counting semaphore whose number of permits can change while some are held: growing adds
 * permits at once, shrinking takes them back as holders release (available permits may go negative
 * meanwhile, so nobody new gets in until enough have left).
 */
final class Permits extends Semaphore {
  private int limit;

  Permits(int limit) {
    super(limit, true);
    this.limit = limit;
  }

  synchronized void resize(int newLimit) {
    if (newLimit < 0) {
      throw new IllegalArgumentException("a limit cannot be negative (got " + newLimit + ")");
    }
    int delta = newLimit - limit;
    if (delta > 0) {
      release(delta);
    } else if (delta < 0) {
      reducePermits(-delta);
    }
    limit = newLimit;
  }

  synchronized int limit() {
    return limit;
  }

  /** Permits held right now (it can exceed the limit for a while after a shrink). */
  int inUse() {
    return Math.max(0, limit() - availablePermits());
  }
}
