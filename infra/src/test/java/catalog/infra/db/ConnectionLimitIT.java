package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The most connections a role may open: the server's slots, or the role's or database's limit if lower. */
class ConnectionLimitIT {
  @Test
  void aSuperuserHasEveryServerSlot() throws SQLException {
    DatabaseSettings settings = TestDatabase.get().settings();
    try (Database database = Database.open(settings, Databases.pool(Map.of("DB_POOL_SIZE", "1")),
            UnitOfWorkObserver.NONE);
        Connection c = TestDatabase.connect(settings)) {
      int max = Integer.parseInt(TestData.query(c, "SHOW max_connections"));
      boolean superuser = "t".equals(TestData.query(c, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
      int reserved = superuser ? 0 : Integer.parseInt(TestData.query(c, "SHOW superuser_reserved_connections"));
      assertEquals(max - reserved, database.connectionLimit().orElseThrow());
    }
  }

  @Test
  void aRolesOwnLimitWinsWhenLower() throws SQLException {
    DatabaseSettings settings = TestDatabase.get().settings();
    String role = "limited_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection admin = TestDatabase.connect(settings); Statement s = admin.createStatement()) {
      s.execute("CREATE ROLE " + role + " LOGIN CONNECTION LIMIT 3");
      try {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), role, "")) {
          assertEquals(3, ConnectionLimit.read(c).orElseThrow());
        }
      } finally {
        s.execute("DROP ROLE " + role);
      }
    }
  }

  /** PostgreSQL holds no superuser to a database's CONNECTION LIMIT; others it does. */
  @Test
  void aDatabasesLimitHoldsForOtherRolesOnly() throws SQLException {
    DatabaseSettings settings = TestDatabase.get().settings();
    String name = "limited_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection admin = TestDatabase.connect(settings); Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name + " CONNECTION LIMIT 2");
      s.execute("CREATE ROLE " + name + " LOGIN");
      try {
        DatabaseSettings limited = settings.withDatabase(name);
        try (Connection c = TestDatabase.connect(limited)) {
          boolean superuser = "t".equals(TestData.query(c, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
          int max = Integer.parseInt(TestData.query(c, "SHOW max_connections"));
          assertEquals(superuser ? max : 2, ConnectionLimit.read(c).orElseThrow());
        }
        try (Connection c = DriverManager.getConnection(limited.jdbcUrl(), name, "")) {
          assertEquals(2, ConnectionLimit.read(c).orElseThrow());
        }
      } finally {
        s.execute("DROP DATABASE " + name + " WITH (FORCE)");
        s.execute("DROP ROLE " + name);
      }
    }
  }

  @Test
  void noLimitIsMinusOne() {
    assertEquals(97, ConnectionLimit.lowest(97, -1, -1));
    assertEquals(5, ConnectionLimit.lowest(97, 5, -1));
    assertEquals(4, ConnectionLimit.lowest(97, 5, 4));
    assertEquals(0, ConnectionLimit.lowest(97, 0, -1));
  }
}
