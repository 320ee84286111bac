package catalog.infra.config;

import java.util.OptionalInt;

/**
 * Pool shape: mode, connections kept, burst overflow, acquire timeout, connection lifetime, and how
 * many requests may wait for a connection ({@code DB_MAX_WAITERS}; unset, it follows the pool's size).
 */
public record PoolSettings(
    PoolMode mode, int size, int maxOverflow, int connectionTimeoutMs, int recycleSeconds,
    OptionalInt configuredMaxWaiters) {
  public static final int MIN_SIZE = 1;
  public static final int MAX_SIZE = 1000;
  public static final int MAX_OVERFLOW = 1000;
  public static final int MAX_WAITERS = 100_000;
  /** Waiters allowed per connection when {@code DB_MAX_WAITERS} is unset. */
  public static final int WAITERS_PER_CONNECTION = 4;

  public PoolSettings {
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be from " + MIN_SIZE + " to " + MAX_SIZE + " (got " + size + ")");
    }
    if (maxOverflow < 0 || maxOverflow > MAX_OVERFLOW) {
      throw new IllegalArgumentException("maxOverflow must be from 0 to " + MAX_OVERFLOW + " (got " + maxOverflow + ")");
    }
  }

  /** The shape with {@code DB_MAX_WAITERS} unset. */
  public PoolSettings(PoolMode mode, int size, int maxOverflow, int connectionTimeoutMs, int recycleSeconds) {
    this(mode, size, maxOverflow, connectionTimeoutMs, recycleSeconds, OptionalInt.empty());
  }

  /** The most connections the pool may open at once (Hikari maximumPoolSize). */
  public int maxSize() {
    return size + maxOverflow;
  }

  /** How many requests may wait for a connection while all {@link #maxSize()} are lent out. */
  public int maxWaiters() {
    return configuredMaxWaiters.orElse(WAITERS_PER_CONNECTION * maxSize());
  }

  /** The same settings with another size and overflow (a live resize); a configured waiter limit stays. */
  public PoolSettings resized(int newSize, int newMaxOverflow) {
    return new PoolSettings(mode, newSize, newMaxOverflow, connectionTimeoutMs, recycleSeconds, configuredMaxWaiters);
  }
}
