package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.listing.ProductQuery;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A catalog database dropped under a running service: each request's connection attempt is refused
 * (SQLSTATE 3D000), which is the database not reachable, a 503, in either pool mode. It was a 500 without a
 * pool, and "no connection became free" with Hikari.
 */
class DatabaseGoneIT {
  @ParameterizedTest
  @ValueSource(strings = {"hikari", "none"})
  void aDroppedDatabaseIsNotReachable(String mode) throws SQLException {
    Map<String, String> env = TestDatabase.get().ownEnv("gone" + mode);
    DatabaseSettings settings = TestDatabase.get().settings(env);
    Migrations.migrate(settings);
    ProductQuery query = new ProductQuery(List.of(), Queries.sort("name"), 5, null, false);
    try (Database database = Database.open(settings,
        Databases.pool(Map.of("DB_POOL_MODE", mode, "DB_POOL_SIZE", "1", "DB_CONNECTION_TIMEOUT_MS", "500")),
        UnitOfWorkObserver.NONE)) {
      try (UnitOfWork uow = database.newUnitOfWork()) {
        assertEquals(List.of(), uow.productReads().list(query).items());
      }
      try (Connection admin = TestDatabase.connect(settings.withDatabase("postgres"));
          Statement s = admin.createStatement()) {
        s.execute("DROP DATABASE " + settings.databaseName() + " WITH (FORCE)");
      }
      DatabaseUnavailable gone = assertThrows(DatabaseUnavailable.class, () -> {
        try (UnitOfWork uow = database.newUnitOfWork()) {
          uow.productReads().list(query);
        }
      });
      assertEquals(DatabaseUnavailable.Reason.CONNECT_FAILED, gone.reason(), gone.toString());
    }
  }
}
