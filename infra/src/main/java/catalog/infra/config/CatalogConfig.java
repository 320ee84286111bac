package catalog.infra.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything the service reads from its environment, validated and frozen at start. */
public record CatalogConfig(
    DatabaseSettings database, PoolSettings pool, HttpSettings http, AuthSettings auth, boolean sampleData) {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogConfig.class);

  public static CatalogConfig fromEnvironment() {
    return from(System.getenv());
  }

  /** Reads the variables of the DESIGN table; a bad value is a {@link ConfigError} naming it. */
  public static CatalogConfig from(Map<String, String> env) {
    EnvReader read = new EnvReader(env);
    return new CatalogConfig(database(read), pool(read), http(read), auth(read), read.bool("SAMPLE_DATA", false));
  }

  private static DatabaseSettings database(EnvReader read) {
    String jdbcUrl;
    String user;
    String password;
    var url = read.optional("DATABASE_URL");
    if (url.isPresent()) {
      JdbcUrls.Parsed parsed = JdbcUrls.parse("DATABASE_URL", url.get());
      if (!parsed.ignored().isEmpty()) {
        // libpq's names (application_name, connect_timeout) are not pgjdbc's (ApplicationName, connectTimeout).
        LOG.warn("DATABASE_URL: the PostgreSQL driver (pgjdbc) ignores {}: it has no such connection property (its"
            + " names are case-sensitive: sslmode, ApplicationName, connectTimeout, ...)",
            String.join(", ", parsed.ignored()));
      }
      jdbcUrl = parsed.jdbcUrl();
      user = parsed.user().orElse(read.string("POSTGRES_USER", "postgres"));
      password = parsed.password().orElse(read.raw("POSTGRES_PASSWORD", ""));
    } else {
      String given = read.string("POSTGRES_SERVER", "127.0.0.1");
      String host = JdbcUrls.checkHost("POSTGRES_SERVER",
          given.startsWith("[") && given.endsWith("]") ? given.substring(1, given.length() - 1) : given);
      int port = read.integer("POSTGRES_PORT", 5432, 1, 65535);
      String db = read.string("POSTGRES_DB", "catalog");
      if (!db.matches("[A-Za-z0-9_.-]{1,63}")) {
        throw new ConfigError("POSTGRES_DB", "must be 1 to 63 letters, digits, '_', '.' or '-' (got '" + db + "')");
      }
      jdbcUrl = JdbcUrls.build(host, port, db, "");
      user = read.string("POSTGRES_USER", "postgres");
      password = read.raw("POSTGRES_PASSWORD", "");
    }
    return new DatabaseSettings(
        jdbcUrl,
        user,
        password,
        read.choice("DB_ISOLATION", Isolation.REPEATABLE_READ, Isolation.class),
        read.integer("DB_STATEMENT_TIMEOUT_MS", 5000, 0, 3_600_000),
        read.bool("DB_PGBOUNCER", false));
  }

  private static PoolSettings pool(EnvReader read) {
    return new PoolSettings(
        read.choice("DB_POOL_MODE", PoolMode.HIKARI, PoolMode.class),
        read.integer("DB_POOL_SIZE", 10, PoolSettings.MIN_SIZE, PoolSettings.MAX_SIZE),
        read.integer("DB_POOL_MAX_OVERFLOW", 0, 0, PoolSettings.MAX_OVERFLOW),
        read.integer("DB_CONNECTION_TIMEOUT_MS", 2000, 250, 600_000),
        read.integer("DB_POOL_RECYCLE_S", 1800, 30, 86_400),
        read.optionalInteger("DB_MAX_WAITERS", 0, PoolSettings.MAX_WAITERS));
  }

  private static HttpSettings http(EnvReader read) {
    return HttpSettings.checked(read.string("HTTP_HOST", "0.0.0.0"), read.integer("HTTP_PORT", 8080, 0, 65535));
  }

  private static AuthSettings auth(EnvReader read) {
    List<String> keys = read.optional("CATALOG_API_KEYS")
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
    if (keys.isEmpty() && read.optional("CATALOG_API_KEYS").isPresent()) {
      // ",," is set but names no key: a typo, not a wish for a generated key.
      throw new ConfigError("CATALOG_API_KEYS", "names no key: give keys of at least 16 characters, separated by "
          + "commas, or leave it unset for a key made at start");
    }
    for (String key : keys) {
      if (key.length() < 16) {
        throw new ConfigError("CATALOG_API_KEYS", "each key must be at least 16 characters");
      }
    }
    var admin = read.optional("CATALOG_ADMIN_TOKEN");
    if (admin.isPresent() && admin.get().length() < 16) {
      throw new ConfigError("CATALOG_ADMIN_TOKEN", "must be at least 16 characters");
    }
    return new AuthSettings(keys, admin);
  }
}
