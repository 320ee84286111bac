package catalog.infra.testing;

import catalog.infra.config.CatalogConfig;
import catalog.infra.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server integration tests run against: {@code TEST_DATABASE_URL} when set, else a
 * Testcontainers PostgreSQL when Docker is available, else the local server at 127.0.0.1:5432 as
 * {@code postgres}. Each test JVM creates its own database there and drops it on exit. No server
 * reachable is a failure that says how to provide one, never a skip.
 */
public final class TestDatabase {
  private static TestDatabase instance;

  private final String serverUrl;
  private final String user;
  private final String password;
  private final String name;

  private TestDatabase(String serverUrl, String user, String password) {
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
    this.name = "catalog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** The database of this test run, created on first use. */
  public static synchronized TestDatabase get() {
    if (instance == null) {
      TestDatabase db = locate();
      db.create();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> db.drop(db.name), "drop-test-database"));
      instance = db;
    }
    return instance;
  }

  /**
   * Environment variables for a database of its own beside this run's, created now and dropped when the
   * run ends: for a test that reads the whole catalog, which the other tests' products would make large
   * and different from run to run. {@code suffix}: lower-case letters.
   */
  public Map<String, String> ownEnv(String suffix) {
    return ownEnv(suffix, "");
  }

  /**
   * As {@link #ownEnv(String)}, the database created with {@code options} after its name (e.g.
   * {@code TEMPLATE template0 LC_CTYPE 'C'}: a test's own constant, never input).
   */
  public Map<String, String> ownEnv(String suffix, String options) {
    String own = ownName(suffix);
    admin("CREATE DATABASE " + own + (options.isEmpty() ? "" : " " + options));
    return droppedAtExit(own);
  }

  /**
   * Environment variables that point the service's config at a database of this test's own that does not
   * exist yet (dropped now if an earlier run left it), for commands that create it; dropped at exit.
   */
  public Map<String, String> missingEnv(String suffix) {
    String own = ownName(suffix);
    drop(own);
    return droppedAtExit(own);
  }

  /** The name of a database of a test's own beside this run's; {@code suffix}: lower-case letters. */
  private String ownName(String suffix) {
    if (!suffix.matches("[a-z]+")) {
      throw new IllegalArgumentException("a database suffix is lower-case letters: " + suffix);
    }
    return name + "_" + suffix;
  }

  /** Environment variables pointing at database {@code own}, which is dropped when the run ends. */
  private Map<String, String> droppedAtExit(String own) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(own), "drop-" + own));
    Map<String, String> env = env();
    env.put("DATABASE_URL", serverUrl + own);
    return env;
  }

  /** Environment variables that point the service's config at this database. */
  public Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", jdbcUrl());
    env.put("POSTGRES_USER", user);
    env.put("POSTGRES_PASSWORD", password);
    return env;
  }

  /** The database settings of the service's config for this database, with other variables on top. */
  public DatabaseSettings settings(Map<String, String> extra) {
    Map<String, String> env = env();
    env.putAll(extra);
    return CatalogConfig.from(env).database();
  }

  public DatabaseSettings settings() {
    return settings(Map.of());
  }

  public String jdbcUrl() {
    return serverUrl + name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user, password);
  }

  /** A plain connection (no pool) to the database {@code on} names. */
  public static Connection connect(DatabaseSettings on) throws SQLException {
    return DriverManager.getConnection(on.jdbcUrl(), on.user(), on.password());
  }

  private static TestDatabase locate() {
    String given = System.getenv("TEST_DATABASE_URL");
    if (given != null && !given.isBlank()) {
      var parsed = CatalogConfig.from(Map.of("DATABASE_URL", given)).database();
      String url = parsed.jdbcUrl();
      String server = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()) + 1);
      return checked(new TestDatabase(server, parsed.user(), parsed.password()), "TEST_DATABASE_URL=" + given);
    }
    if (dockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
      String url = container.getJdbcUrl();
      String server = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()) + 1);
      return checked(new TestDatabase(server, container.getUsername(), container.getPassword()), "Testcontainers");
    }
    return checked(new TestDatabase("jdbc:postgresql://127.0.0.1:5432/", "postgres", ""), "the local server");
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static TestDatabase checked(TestDatabase db, String where) {
    try (Connection c = DriverManager.getConnection(db.serverUrl + "postgres", db.user, db.password)) {
      return db;
    } catch (SQLException e) {
      throw new IllegalStateException("""
          Integration tests need PostgreSQL and could not reach %s (%s).
          Provide one of:
            - TEST_DATABASE_URL=postgres://user:pass@host:5432/postgres (a role that may CREATE DATABASE)
            - a running Docker engine (Testcontainers starts postgres:16-alpine)
            - a local server on 127.0.0.1:5432 with user postgres (scripts/test starts one where it can)"""
          .formatted(where, e.getMessage()), e);
    }
  }

  private void create() {
    admin("CREATE DATABASE " + name);
  }

  private void drop(String database) {
    try {
      admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (RuntimeException e) {
      System.err.println("could not drop test database " + database + ": " + e.getMessage());
    }
  }

  private void admin(String sql) {
    try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run '" + sql + "' on " + serverUrl + "postgres: " + e.getMessage(), e);
    }
  }
}
