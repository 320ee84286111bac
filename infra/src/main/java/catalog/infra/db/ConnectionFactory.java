package catalog.infra.db;

import catalog.infra.config.DatabaseSettings;
import catalog.infra.config.PoolMode;
import catalog.infra.config.PoolSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

/** Builds the DataSource for a pool mode: a HikariCP pool, or pgjdbc's non-pooling one. */
final class ConnectionFactory {
  static final String POOL_NAME = "catalog";
  /** Hikari's smallest idle timeout: overflow connections above the pool size retire after it. */
  static final long OVERFLOW_IDLE_TIMEOUT_MS = 10_000;
  /** Hikari's default keepalive time: an idle connection is checked every two minutes. */
  private static final long HIKARI_KEEPALIVE_MS = 120_000;
  /**
   * The service's sessions keep the pending list of a GIN index (the product name's trigram indexes) under
   * 256 kB, where PostgreSQL's default is 4 MB. Every search reads the whole pending list, and every write
   * adds to it: under a steady stream of writes a 4 MB list cost each search up to a few milliseconds,
   * and one unlucky write moved all of it into the index at once. The import keeps the default
   * ({@link JdbcProductImport#GIN_PENDING_LIST_KB}), which its speed relies on.
   */
  static final int GIN_PENDING_LIST_KB = 256;

  private ConnectionFactory() {}

  static DataSource create(DatabaseSettings db, PoolSettings pool, MetricsTrackerFactory poolMetrics) {
    return pool.mode() == PoolMode.HIKARI
        ? hikari(db, pool, poolMetrics)
        : unpooled(db, pool.connectionTimeoutMs(), true);
  }

  static HikariDataSource hikari(DatabaseSettings db, PoolSettings pool, MetricsTrackerFactory poolMetrics) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(POOL_NAME);
    Url url = url(db, true);
    config.setJdbcUrl(url.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setDataSourceProperties(driverProperties(db, true, url.options()));
    config.setAutoCommit(false);
    config.setMinimumIdle(pool.size());
    config.setMaximumPoolSize(pool.maxSize());
    config.setConnectionTimeout(pool.connectionTimeoutMs());
    config.setValidationTimeout(Math.min(1000, pool.connectionTimeoutMs()));
    config.setMaxLifetime(pool.recycleSeconds() * 1000L);
    if (pool.recycleSeconds() * 1000L <= HIKARI_KEEPALIVE_MS) {
      // Recycled before Hikari's keepalive would run: off, rather than Hikari's warning, twice, that it is.
      config.setKeepaliveTime(0);
    }
    if (pool.maxOverflow() > 0) {
      config.setIdleTimeout(OVERFLOW_IDLE_TIMEOUT_MS);
    }
    config.setRegisterMbeans(false);
    config.setAllowPoolSuspension(false);
    if (poolMetrics != null) {
      config.setMetricsTrackerFactory(poolMetrics);
    }
    return new HikariDataSource(config);
  }

  /**
   * A DataSource that opens a new physical connection on every call. With {@code sessionDefaults}
   * the connection starts with the configured isolation and statement timeout.
   */
  static PGSimpleDataSource unpooled(DatabaseSettings db, int connectTimeoutMs, boolean sessionDefaults) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    Url url = url(db, sessionDefaults);
    ds.setURL(url.jdbcUrl());
    ds.setUser(db.user());
    ds.setPassword(db.password());
    Properties props = driverProperties(db, sessionDefaults, url.options());
    ds.setApplicationName(props.getProperty("ApplicationName"));
    ds.setTcpKeepAlive(true);
    if (props.containsKey("prepareThreshold")) {
      ds.setPrepareThreshold(Integer.parseInt(props.getProperty("prepareThreshold")));
    }
    if (props.containsKey("options")) {
      ds.setOptions(props.getProperty("options"));
    }
    int seconds = Math.max(1, (connectTimeoutMs + 999) / 1000);
    ds.setConnectTimeout(seconds);
    ds.setLoginTimeout(seconds);
    return ds;
  }

  /** {@code own}: the startup options {@link #url} took out of the URL, which come before the defaults; or null. */
  private static Properties driverProperties(DatabaseSettings db, boolean sessionDefaults, String own) {
    Properties props = new Properties();
    props.setProperty("ApplicationName", "catalog");
    props.setProperty("tcpKeepAlive", "true");
    if (db.pgBouncer()) {
      // Transaction pooling hands each transaction any server session: no named server-side
      // prepared statements, no startup options (TransactionStart sets them per transaction).
      props.setProperty("prepareThreshold", "0");
    } else if (sessionDefaults) {
      props.setProperty("options", (own == null ? "" : own + " ") + "-c default_transaction_isolation="
          + db.isolation().sql().replace(" ", "\\ ") + " -c statement_timeout=" + db.statementTimeoutMs()
          + " -c gin_pending_list_limit=" + GIN_PENDING_LIST_KB);
    }
    return props;
  }

  /**
   * The URL to connect with, and the startup {@code options} it had ({@code -c work_mem=64MB}) when the
   * session defaults take them over: they then leave the URL and come before the defaults, which win
   * where both set one thing. Left in the URL, pgjdbc let them replace the defaults (a URL's parameter
   * overrides the driver property Hikari passes), so DB_ISOLATION and DB_STATEMENT_TIMEOUT_MS were lost;
   * and the non-pooling DataSource's setOptions dropped them.
   */
  private static Url url(DatabaseSettings db, boolean sessionDefaults) {
    String jdbcUrl = db.jdbcUrl();
    int query = jdbcUrl.indexOf('?');
    if (!sessionDefaults || db.pgBouncer() || query < 0) {
      return new Url(jdbcUrl, null);
    }
    Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
    String options = parsed == null ? null : PGProperty.OPTIONS.getOrDefault(parsed);
    if (options == null) {
      return new Url(jdbcUrl, null);
    }
    String rest = Arrays.stream(jdbcUrl.substring(query + 1).split("&"))
        .filter(p -> !p.equals("options") && !p.startsWith("options="))
        .collect(Collectors.joining("&"));
    return new Url(jdbcUrl.substring(0, query) + (rest.isEmpty() ? "" : "?" + rest), options.strip());
  }

  private record Url(String jdbcUrl, String options) {}
}
