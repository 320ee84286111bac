package catalog.app.http;

import catalog.app.metrics.PoolStats;
import catalog.domain.Conflict;
import catalog.infra.config.PoolMode;
import catalog.infra.config.PoolSettings;
import catalog.infra.db.Database;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin/pool}: the pool's state, and live resizing. Mounted only when CATALOG_ADMIN_TOKEN is
 * set (otherwise {@code /admin/*} is simply not found), and every request needs that token.
 */
final class AdminRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);
  private static final Set<String> JSON = Set.of("application/json");

  private final Database database;
  private final PoolStats stats;
  private final Bodies bodies;
  private final AdminAuth auth;

  AdminRoutes(Database database, PoolStats stats, Bodies bodies, AdminAuth auth) {
    this.database = database;
    this.stats = stats;
    this.bodies = bodies;
    this.auth = auth;
  }

  void register(RoutesConfig routes) {
    routes.before("/admin/*", auth::check);
    Requests.get(routes, "/admin/pool", this::show);
    routes.put("/admin/pool", this::resize);
  }

  private void show(Context ctx) {
    Requests.onlyQueryKeys(ctx, Set.of());
    ctx.json(PoolView.of(database.poolState(), stats));
  }

  private void resize(Context ctx) {
    Requests.onlyQueryKeys(ctx, Set.of());
    PoolSettings before = database.poolSettings();
    if (before.mode() != PoolMode.HIKARI) {
      throw new Conflict("pool mode " + before.mode().label() + " has no pool to resize: every unit of work opens "
          + "a connection of its own (DB_POOL_MODE=" + before.mode().label() + "); start the service with "
          + "DB_POOL_MODE=hikari to size a pool");
    }
    PoolResize wanted = PoolResize.from(bodies.object(ctx, JSON));
    PoolSettings after = database.resize(wanted.size(), wanted.maxOverflow());
    LOG.info("pool resized: size {} -> {}, max overflow {} -> {}, max waiters {} -> {}", before.size(), after.size(),
        before.maxOverflow(), after.maxOverflow(), before.maxWaiters(), after.maxWaiters());
    Optional<String> warning = ConnectionLimits.pastTheLimit("size + max_overflow",
        after.size() + after.maxOverflow(), database.connectionLimit());
    warning.ifPresent(LOG::warn);
    ctx.json(PoolView.of(database.poolState(), stats).warning(warning.orElse(null)));
  }
}
