package catalog.infra.config;

/** Pool shape: mode, connections kept, burst overflow, acquire timeout and connection lifetime. */
public record PoolSettings(
    PoolMode mode, int size, int maxOverflow, int connectionTimeoutMs, int recycleSeconds) {

  /** The most connections the pool may open at once (Hikari maximumPoolSize). */
  public int maxSize() {
    return size + maxOverflow;
  }
}
