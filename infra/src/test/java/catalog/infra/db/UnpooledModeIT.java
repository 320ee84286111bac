package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code DB_POOL_MODE=none}: every unit of work opens (and closes) its own physical connection. */
class UnpooledModeIT {

  @Test
  void hasNoHikariPool() {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none"))) {
      assertTrue(db.hikari().isEmpty());
    }
  }

  @Test
  void eachUnitOfWorkHasItsOwnServerSession() throws SQLException {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none"))) {
      assertNotEquals(backendPid(db), backendPid(db));
    }
  }

  @Test
  void aPoolReusesTheSameServerSession() throws SQLException {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "1"))) {
      assertEquals(backendPid(db), backendPid(db));
    }
  }

  @Test
  void theSessionEndsWhenTheUnitOfWorkCloses() throws SQLException {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none"))) {
      String pid = backendPid(db);
      try (var c = db.dataSource().getConnection()) {
        assertEquals("0", TestData.query(c, "SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid));
      }
    }
  }

  @Test
  void unitsOfWorkStillReadAndWrite() {
    RecordingObserver observer = new RecordingObserver();
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none"), observer)) {
      Classification brand = TestData.classification(db, Kind.BRAND, TestData.unique("unpooled"));
      try (UnitOfWork uow = db.newUnitOfWork()) {
        assertEquals(brand, uow.classifications().find(Kind.BRAND, brand.id()).orElseThrow());
      }
      assertEquals(2, observer.acquired.get());
      assertEquals(2, observer.released.get());
      assertEquals(1, observer.committed.get());
    }
  }

  private static String backendPid(Database db) throws SQLException {
    try (UnitOfWork uow = db.newUnitOfWork()) {
      return TestData.query(TestData.connectionOf(uow), "SELECT pg_backend_pid()");
    }
  }
}
