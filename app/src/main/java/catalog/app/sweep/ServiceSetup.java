package catalog.app.sweep;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The services a sweep measures: the ones named by {@code --url} (and {@code --none-url}), or ones it
 * starts itself with a fresh admin token and API key, enough bulkhead room for the highest client count,
 * and their own database ({@value #DEFAULT_DATABASE} unless DATABASE_URL or POSTGRES_DB say otherwise).
 */
final class ServiceSetup implements AutoCloseable {
  static final String DEFAULT_DATABASE = "catalog_sweep";

  private final Sweep.Target target;
  private final Map<String, String> databaseEnv;
  private final LocalService pooled;
  private final LocalService unpooled;

  private ServiceSetup(Sweep.Target target, Map<String, String> databaseEnv, LocalService pooled,
      LocalService unpooled) {
    this.target = target;
    this.databaseEnv = Map.copyOf(databaseEnv);
    this.pooled = pooled;
    this.unpooled = unpooled;
  }

  static ServiceSetup given(SweepCommand command, Map<String, String> env, SweepPlan plan) {
    String token = command.adminToken(); // SweepCommand.plan() refused a --url without one
    URI url = slash(command.url());
    URI none = command.noneUrl() == null ? null : slash(command.noneUrl());
    return new ServiceSetup(new Sweep.Target(url, token, command.apiKey(), plan.compareNone() ? none : null,
        "the running service at " + url + (none != null && plan.compareNone() ? " and " + none + " (none mode)" : "")),
        env, null, null);
  }

  static ServiceSetup start(Map<String, String> env, SweepPlan plan, Path out, Processes processes, PrintStream log) {
    Map<String, String> db = new HashMap<>(env);
    if (!env.containsKey("DATABASE_URL") && !env.containsKey("POSTGRES_DB")) {
      db.put("POSTGRES_DB", DEFAULT_DATABASE);
    }
    String token = SweepCommand.secret();
    String key = SweepCommand.secret();
    int waiters = Math.max(1000, 4 * plan.maxConcurrency());
    Map<String, String> common = SweepCommand.with(db, Map.of("CATALOG_ADMIN_TOKEN", token, "CATALOG_API_KEYS", key,
        "SAMPLE_DATA", "false", "DB_POOL_MAX_OVERFLOW", "0", "DB_MAX_WAITERS", Integer.toString(waiters)));
    log.println("starting the service (database " + db.getOrDefault("POSTGRES_DB", "from DATABASE_URL") + ") ...");
    LocalService pooled = LocalService.start(SweepCommand.with(common, Map.of("DB_POOL_MODE", "hikari",
        "DB_POOL_SIZE", Integer.toString(plan.poolSizes().getFirst()))), out.resolve("service.log"), processes, 120);
    LocalService unpooled = null;
    if (plan.compareNone()) {
      int cap = Math.min(plan.maxConcurrency(), 60);
      try {
        unpooled = LocalService.start(SweepCommand.with(common, Map.of("DB_POOL_MODE", "none",
            "DB_POOL_SIZE", Integer.toString(cap))), out.resolve("service-none.log"), processes, 120);
      } catch (SweepFailure e) {
        pooled.close();
        throw e;
      }
    }
    String description = "a service started by the sweep at " + pooled.base() + " (log: service.log)"
        + (unpooled != null ? " and one in none mode at " + unpooled.base() + " (at most " + Math.min(plan.maxConcurrency(), 60)
            + " connections at once)" : "");
    return new ServiceSetup(new Sweep.Target(pooled.base(), token, key, unpooled == null ? null : unpooled.base(),
        description), db, pooled, unpooled);
  }

  Sweep.Target target() {
    return target;
  }

  /** The environment whose DATABASE_URL / POSTGRES_* name the measured database. */
  Map<String, String> databaseEnv() {
    return databaseEnv;
  }

  @Override
  public void close() {
    if (unpooled != null) {
      unpooled.close();
    }
    if (pooled != null) {
      pooled.close();
    }
  }

  private static URI slash(URI u) {
    String s = u.toString();
    return URI.create(s.endsWith("/") ? s : s + "/");
  }
}
