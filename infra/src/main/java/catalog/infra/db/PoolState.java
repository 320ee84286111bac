package catalog.infra.db;

import catalog.infra.config.PoolMode;

/**
 * What the connections are doing right now. With a pool the figures are HikariCP's; in {@code none}
 * mode {@code active} and {@code total} are the connections open now, {@code pending} the units of
 * work waiting for one, and {@code idle} is always 0. {@code admitted} counts units of work holding
 * or waiting for a connection (the bulkhead's permits in use).
 */
public record PoolState(
    PoolMode mode, int size, int maxOverflow, int maxWaiters, int active, int idle, int pending, int total,
    int admitted) {}
