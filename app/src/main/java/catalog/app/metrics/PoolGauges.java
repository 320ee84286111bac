package catalog.app.metrics;

import catalog.infra.db.Database;
import catalog.infra.db.PoolState;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * Connection counts in both pool modes (HikariCP's own {@code hikaricp_*} series exist only with a
 * pool), the bulkhead's load and limit, which mode runs, and where pages found their classifications'
 * names.
 */
public final class PoolGauges {
  private PoolGauges() {}

  public static void bind(Metrics metrics, Database database) {
    MeterRegistry registry = metrics.registry();
    connections(registry, database, "active", PoolState::active);
    connections(registry, database, "idle", PoolState::idle);
    connections(registry, database, "pending", PoolState::pending);
    connections(registry, database, "total", PoolState::total);
    Gauge.builder("catalog.db.bulkhead.admitted", database, d -> d.poolState().admitted())
        .description("Units of work holding or waiting for a database connection").register(registry);
    Gauge.builder("catalog.db.bulkhead.limit", database, d -> limit(d.poolState()))
        .description("Most units of work that may hold or wait for a connection: pool max plus DB_MAX_WAITERS")
        .register(registry);
    Gauge.builder("catalog.db.pool.mode", () -> 1)
        .description("The pool mode this service runs (DB_POOL_MODE), as a label")
        .tag("mode", database.poolSettings().mode().label())
        .register(registry);
    names(registry, database, "kept", Database::classificationNamesKept);
    names(registry, database, "read", Database::classificationNamesRead);
  }

  private static void connections(MeterRegistry registry, Database database, String state,
      ToDoubleFunction<PoolState> value) {
    Gauge.builder("catalog.db.connections", database, d -> value.applyAsDouble(d.poolState()))
        .description("Database connections by state, in both pool modes (none mode: open connections and waiters)")
        .tag("state", state)
        .register(registry);
  }

  private static void names(MeterRegistry registry, Database database, String source,
      ToDoubleFunction<Database> count) {
    FunctionCounter.builder("catalog.db.classification.names", database, count)
        .description("Classification names lists and search took from what the service keeps (kept) or read "
            + "from the database (read)")
        .tag("source", source)
        .register(registry);
  }

  private static double limit(PoolState state) {
    return state.size() + state.maxOverflow() + state.maxWaiters();
  }
}
