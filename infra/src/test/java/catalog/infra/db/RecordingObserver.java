package catalog.infra.db;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what units of work report about their connections. */
final class RecordingObserver implements UnitOfWorkObserver {
  final AtomicInteger acquired = new AtomicInteger();
  final AtomicInteger acquireFailed = new AtomicInteger();
  final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
  final List<Long> failedWaitNanos = new CopyOnWriteArrayList<>();
  final AtomicInteger connected = new AtomicInteger();
  final AtomicInteger released = new AtomicInteger();
  final AtomicInteger committed = new AtomicInteger();
  final AtomicInteger rolledBack = new AtomicInteger();

  @Override
  public void acquired(long waitNanos) {
    acquired.incrementAndGet();
  }

  @Override
  public void acquireFailed(RuntimeException error, long waitNanos) {
    acquireFailed.incrementAndGet();
    failures.add(error);
    failedWaitNanos.add(waitNanos);
  }

  @Override
  public void connected(long connectNanos) {
    connected.incrementAndGet();
  }

  @Override
  public void released(long heldNanos) {
    released.incrementAndGet();
  }

  @Override
  public void committed() {
    committed.incrementAndGet();
  }

  @Override
  public void rolledBack() {
    rolledBack.incrementAndGet();
  }
}
