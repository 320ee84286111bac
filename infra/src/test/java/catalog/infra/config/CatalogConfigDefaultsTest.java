package catalog.infra.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** With nothing set, every variable takes its default from the DESIGN table. */
class CatalogConfigDefaultsTest {
  private final CatalogConfig config = CatalogConfig.from(Map.of());

  @Test
  void databaseIsTheLocalCatalogDatabaseAsPostgres() {
    DatabaseSettings db = config.database();
    assertEquals("jdbc:postgresql://127.0.0.1:5432/catalog", db.jdbcUrl());
    assertEquals("catalog", db.databaseName());
    assertEquals("postgres", db.user());
    assertEquals("", db.password());
  }

  @Test
  void transactionsAreRepeatableReadWithAFiveSecondStatementTimeoutAndNoPgBouncer() {
    DatabaseSettings db = config.database();
    assertEquals(Isolation.REPEATABLE_READ, db.isolation());
    assertEquals(5000, db.statementTimeoutMs());
    assertFalse(db.pgBouncer());
  }

  @Test
  void poolIsHikariWithTenConnectionsNoOverflowTwoSecondAcquireAndHalfHourRecycle() {
    assertEquals(new PoolSettings(PoolMode.HIKARI, 10, 0, 2000, 1800), config.pool());
    assertEquals(10, config.pool().maxSize());
  }

  @Test
  void fourRequestsPerConnectionMayWaitForOneByDefault() {
    assertEquals(40, config.pool().maxWaiters());
    assertEquals(4 * 7, CatalogConfig.from(Map.of("DB_POOL_SIZE", "3", "DB_POOL_MAX_OVERFLOW", "4")).pool().maxWaiters());
  }

  @Test
  void httpListensOnEveryInterfaceOnPort8080() {
    assertEquals(new HttpSettings("0.0.0.0", 8080), config.http());
  }

  @Test
  void noApiKeysAndNoAdminToken() {
    assertEquals(List.of(), config.auth().apiKeys());
    assertEquals(Optional.empty(), config.auth().adminToken());
  }

  @Test
  void blankValuesCountAsUnset() {
    Map<String, String> env = new HashMap<>();
    for (String name : List.of("DATABASE_URL", "POSTGRES_SERVER", "POSTGRES_PORT", "POSTGRES_DB",
        "DB_POOL_MODE", "DB_POOL_SIZE", "DB_POOL_MAX_OVERFLOW", "DB_MAX_WAITERS", "DB_CONNECTION_TIMEOUT_MS",
        "DB_POOL_RECYCLE_S", "DB_ISOLATION", "DB_STATEMENT_TIMEOUT_MS", "DB_PGBOUNCER", "HTTP_HOST",
        "HTTP_PORT", "CATALOG_API_KEYS", "CATALOG_ADMIN_TOKEN")) {
      env.put(name, "  ");
    }
    assertEquals(config, CatalogConfig.from(env));
  }

  @Test
  void everyVariableIsReadWhenSet() {
    CatalogConfig set = CatalogConfig.from(Map.ofEntries(
        Map.entry("POSTGRES_SERVER", "db.internal"),
        Map.entry("POSTGRES_PORT", "6543"),
        Map.entry("POSTGRES_USER", "catalog_app"),
        Map.entry("POSTGRES_PASSWORD", "s3cret pass"),
        Map.entry("POSTGRES_DB", "shop"),
        Map.entry("DB_POOL_MODE", "none"),
        Map.entry("DB_POOL_SIZE", "4"),
        Map.entry("DB_POOL_MAX_OVERFLOW", "6"),
        Map.entry("DB_MAX_WAITERS", "0"),
        Map.entry("DB_CONNECTION_TIMEOUT_MS", "250"),
        Map.entry("DB_POOL_RECYCLE_S", "60"),
        Map.entry("DB_ISOLATION", "serializable"),
        Map.entry("DB_STATEMENT_TIMEOUT_MS", "0"),
        Map.entry("DB_PGBOUNCER", "true"),
        Map.entry("HTTP_HOST", "127.0.0.1"),
        Map.entry("HTTP_PORT", "0"),
        Map.entry("CATALOG_API_KEYS", " key-aaaaaaaaaaaaaaaa , key-bbbbbbbbbbbbbbbb ,"),
        Map.entry("CATALOG_ADMIN_TOKEN", "admin-cccccccccccccccc")));

    assertEquals(new DatabaseSettings("jdbc:postgresql://db.internal:6543/shop", "catalog_app", "s3cret pass",
        Isolation.SERIALIZABLE, 0, true), set.database());
    assertEquals(new PoolSettings(PoolMode.NONE, 4, 6, 250, 60, OptionalInt.of(0)), set.pool());
    assertEquals(10, set.pool().maxSize());
    assertEquals(0, set.pool().maxWaiters());
    assertEquals(new HttpSettings("127.0.0.1", 0), set.http());
    assertEquals(List.of("key-aaaaaaaaaaaaaaaa", "key-bbbbbbbbbbbbbbbb"), set.auth().apiKeys());
    assertEquals(Optional.of("admin-cccccccccccccccc"), set.auth().adminToken());
  }

  @Test
  void choicesAndFlagsIgnoreCase() {
    CatalogConfig set = CatalogConfig.from(Map.of(
        "DB_POOL_MODE", "HIKARI", "DB_ISOLATION", "Read_Committed", "DB_PGBOUNCER", "YES"));
    assertEquals(PoolMode.HIKARI, set.pool().mode());
    assertEquals(Isolation.READ_COMMITTED, set.database().isolation());
    assertTrue(set.database().pgBouncer());
  }

  @Test
  void flagsAcceptTheUsualSpellings() {
    for (String yes : List.of("true", "1", "yes", "on")) {
      assertTrue(CatalogConfig.from(Map.of("DB_PGBOUNCER", yes)).database().pgBouncer(), yes);
    }
    for (String no : List.of("false", "0", "no", "off")) {
      assertFalse(CatalogConfig.from(Map.of("DB_PGBOUNCER", no)).database().pgBouncer(), no);
    }
  }
}
