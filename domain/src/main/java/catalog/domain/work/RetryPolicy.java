package catalog.domain.work;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a unit of work is re-run after a {@link catalog.domain.ConcurrentUpdate}:
 * up to {@code maxAttempts} runs in all, waiting a random time up to an exponentially growing cap
 * ("full jitter") between them.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(200));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
  }

  /** The wait before attempt {@code attempt + 1}, given that {@code attempt} (1-based) failed. */
  public Duration delayAfter(int attempt, RandomGenerator random) {
    long base = baseDelay.toNanos();
    int shift = Math.min(attempt - 1, 20);
    long grown = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
    long cap = Math.min(maxDelay.toNanos(), grown);
    return Duration.ofNanos(cap <= 0 ? 0 : random.nextLong(cap + 1));
  }
}
