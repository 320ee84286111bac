package catalog.domain.work;

import catalog.domain.ConcurrentUpdate;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/** Runs work in a unit of work, re-running all of it when the store reports a concurrent update. */
public final class Transactions {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final RetryListener listener;

  public Transactions(RetryPolicy policy, Sleeper sleeper, RetryListener listener) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  public Transactions(RetryPolicy policy) {
    this(policy, Sleeper.THREAD, RetryListener.NONE);
  }

  public <T> T run(UnitOfWork uow, Function<UnitOfWork, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.apply(uow);
      } catch (ConcurrentUpdate e) {
        uow.rollback();
        if (attempt >= policy.maxAttempts()) {
          throw e;
        }
        listener.retrying(attempt, e);
        sleeper.sleep(policy.delayAfter(attempt, ThreadLocalRandom.current()));
      }
    }
  }

  /** Waits between attempts; tests pass one that does not. */
  @FunctionalInterface
  public interface Sleeper {
    Sleeper THREAD = d -> {
      try {
        Thread.sleep(d);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while backing off", e);
      }
    };

    void sleep(Duration duration);
  }

  /** Told of each retry, for metrics and logs. */
  @FunctionalInterface
  public interface RetryListener {
    RetryListener NONE = (attempt, cause) -> {};

    void retrying(int failedAttempt, ConcurrentUpdate cause);
  }
}
