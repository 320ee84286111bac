package catalog.app.http;

import catalog.infra.db.Database;
import catalog.infra.db.DatabaseUnavailable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Liveness (the process answers) and readiness (the database answers within 1 s). */
final class HealthRoutes {
  static final Duration READY_TIMEOUT = Duration.ofSeconds(1);

  private final Database database;

  HealthRoutes(Database database) {
    this.database = database;
  }

  void register(RoutesConfig routes) {
    Requests.get(routes, "/health/live", ctx -> {
      Requests.onlyQueryKeys(ctx, Set.of());
      ctx.json(Map.of("status", "up"));
    });
    Requests.get(routes, "/health/ready", this::ready);
  }

  private void ready(Context ctx) {
    Requests.onlyQueryKeys(ctx, Set.of());
    switch (database.readiness(READY_TIMEOUT)) {
      case READY -> ctx.json(Map.of("status", "ready", "database", "up"));
      case ALL_CONNECTIONS_BUSY -> throw new DatabaseUnavailable(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT,
          "every database connection stayed in use for " + READY_TIMEOUT.toMillis() + " ms", null);
      case NO_ANSWER -> throw new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED,
          "the database did not answer within " + READY_TIMEOUT.toMillis() + " ms", null);
    }
  }
}
