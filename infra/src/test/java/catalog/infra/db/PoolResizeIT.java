package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.PoolSettings;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live pool grows at once, shrinks by retiring idle connections at once and busy ones on return. */
class PoolResizeIT {

  @Test
  void growingOpensTheNewConnectionsWithoutWaitingForLoad() {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "2"))) {
      Eventually.holds("the pool fills to 2", () -> db.poolState().total() == 2, db::poolState);

      PoolSettings resized = db.resize(6, 0);

      assertEquals(6, resized.size());
      assertEquals(6, db.poolSettings().maxSize());
      assertEquals(6, db.poolState().size());
      Eventually.holds("the pool fills to 6", () -> db.poolState().total() == 6, db::poolState);
    }
  }

  @Test
  void shrinkingRetiresIdleConnectionsAtOnceAndABusyOneWhenItComesBack() throws SQLException {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "4"))) {
      Eventually.holds("the pool fills to 4", () -> db.poolState().total() == 4, db::poolState);
      UnitOfWork holder = db.newUnitOfWork();
      String busyPid = TestData.query(TestData.connectionOf(holder), "SELECT pg_backend_pid()");

      db.resize(1, 0);

      Eventually.holds("only the busy connection is left", () -> db.poolState().total() == 1, db::poolState);
      holder.close();
      Eventually.holds("the busy connection's session ends", () -> sessionGone(db, busyPid));
      try (UnitOfWork next = db.newUnitOfWork()) {
        assertNotEquals(busyPid, TestData.query(TestData.connectionOf(next), "SELECT pg_backend_pid()"));
      }
      Eventually.holds("the pool holds its new size", () -> db.poolState().total() == 1, db::poolState);
    }
  }

  @Test
  void theBulkheadFollowsAResize() {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "1", "DB_MAX_WAITERS", "0"));
        UnitOfWork first = db.newUnitOfWork();
        UnitOfWork second = db.newUnitOfWork();
        UnitOfWork third = db.newUnitOfWork()) {
      first.classifications().list(Kind.SOURCE);
      assertOverloaded(db);

      db.resize(2, 0);
      // The second connection is opened in the background; on a busy machine that may outlast the acquire timeout.
      Eventually.holds("the pool opened its second connection", () -> db.poolState().total() == 2, db::poolState);
      second.classifications().list(Kind.SOURCE);
      assertOverloaded(db);

      db.resize(1, 0);
      first.close();
      assertOverloaded(db);
      second.close();
      assertDoesNotThrow(() -> third.classifications().list(Kind.SOURCE));
    }
  }

  @Test
  void figuresOutOfRangeChangeNothing() {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "2"))) {
      PoolSettings before = db.poolSettings();
      assertThrows(IllegalArgumentException.class, () -> db.resize(0, 0));
      assertThrows(IllegalArgumentException.class, () -> db.resize(2, 1001));
      assertEquals(before, db.poolSettings());
      assertEquals(2, db.hikari().orElseThrow().getHikariConfigMXBean().getMaximumPoolSize());
    }
  }

  @Test
  void withoutAPoolThereIsNothingToResize() {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none"))) {
      UnsupportedOperationException error = assertThrows(UnsupportedOperationException.class,
          () -> db.resize(4, 0));
      assertEquals("pool mode none has no pool to resize", error.getMessage());
      assertEquals(2, db.poolSettings().size());
    }
  }

  private static void assertOverloaded(Database db) {
    try (UnitOfWork uow = db.newUnitOfWork()) {
      DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class,
          () -> uow.classifications().list(Kind.SOURCE));
      assertEquals(DatabaseUnavailable.Reason.OVERLOADED, error.reason());
    }
  }

  private static boolean sessionGone(Database db, String pid) {
    try (var c = db.dataSource().getConnection()) {
      boolean gone = "0".equals(TestData.query(c, "SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid));
      c.rollback();
      return gone;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
