package catalog.infra.db;

import catalog.infra.config.CatalogConfig;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.config.PoolSettings;
import catalog.infra.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;

/** Opens {@link Database}s on this run's test database, which is migrated on first use. */
final class Databases {
  private static boolean migrated;

  private Databases() {}

  /** The test database's settings with {@code extra} variables on top; migrates it the first time. */
  static synchronized DatabaseSettings settings(Map<String, String> extra) {
    TestDatabase db = TestDatabase.get();
    if (!migrated) {
      Migrations.migrate(db.settings());
      migrated = true;
    }
    return db.settings(extra);
  }

  static PoolSettings pool(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(TestDatabase.get().env());
    env.putAll(extra);
    return CatalogConfig.from(env).pool();
  }

  /** A small pool (two connections unless {@code extra} says otherwise) on the migrated test database. */
  static Database open(Map<String, String> extra, UnitOfWorkObserver observer) {
    Map<String, String> env = new HashMap<>(Map.of("DB_POOL_SIZE", "2"));
    env.putAll(extra);
    return Database.open(settings(env), pool(env), observer);
  }

  static Database open(Map<String, String> extra) {
    return open(extra, UnitOfWorkObserver.NONE);
  }

  static Database open() {
    return open(Map.of());
  }
}
