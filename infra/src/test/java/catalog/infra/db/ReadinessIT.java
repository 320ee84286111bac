package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import catalog.infra.config.CatalogConfig;
import catalog.infra.config.DatabaseSettings;
import catalog.infra.config.PoolSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readiness answers within its timeout, yes against the test database and no where nothing listens. */
class ReadinessIT {
  private static final Duration NOT_A_HANG = Duration.ofSeconds(5);
  private static final Map<String, String> NOTHING_LISTENS = Map.of(
      "DATABASE_URL", "postgres://postgres@127.0.0.1:1/x", "DB_POOL_MODE", "none");

  @Test
  void readyAgainstTheTestDatabase() {
    try (Database db = Databases.open()) {
      assertTrue(db.isReady(Duration.ofSeconds(1)));
      assertEquals(0, db.hikari().orElseThrow().getHikariPoolMXBean().getActiveConnections());
    }
  }

  /** A pool whose every connection is in use is not ready, and says it is busy, not unreachable. */
  @Test
  void aPoolWithEveryConnectionInUseIsBusy() {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "1", "DB_MAX_WAITERS", "10"))) {
      try (UnitOfWork holding = db.newUnitOfWork()) {
        holding.classifications().list(Kind.SOURCE);
        assertEquals(Database.Readiness.ALL_CONNECTIONS_BUSY, db.readiness(Duration.ofMillis(500)));
      }
      assertEquals(Database.Readiness.READY, db.readiness(Duration.ofSeconds(1)));
    }
  }

  @Test
  void readyInUnpooledMode() {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none"))) {
      assertTrue(db.isReady(Duration.ofSeconds(1)));
    }
  }

  @Test
  void notReadyWhereNothingListensAndSaysSoQuickly() {
    CatalogConfig config = CatalogConfig.from(NOTHING_LISTENS);
    try (Database db = Database.open(config.database(), config.pool(), UnitOfWorkObserver.NONE)) {
      long start = System.nanoTime();
      assertEquals(Database.Readiness.NO_ANSWER, db.readiness(Duration.ofSeconds(1)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(NOT_A_HANG) < 0, () -> "took " + took);
    }
  }

  @Test
  void aUnitOfWorkWhereNothingListensFailsAsConnectFailed() {
    CatalogConfig config = CatalogConfig.from(NOTHING_LISTENS);
    RecordingObserver observer = new RecordingObserver();
    try (Database db = Database.open(config.database(), config.pool(), observer);
        UnitOfWork uow = db.newUnitOfWork()) {
      DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class,
          () -> uow.classifications().list(Kind.SOURCE));
      assertEquals(DatabaseUnavailable.Reason.CONNECT_FAILED, error.reason());
      assertEquals(1, observer.acquireFailed.get());
    }
  }

  @Test
  void openingAPoolWhereNothingListensFailsAsConnectFailed() {
    CatalogConfig config = CatalogConfig.from(Map.of(
        "DATABASE_URL", "postgres://postgres@127.0.0.1:1/x", "DB_POOL_SIZE", "1"));
    DatabaseSettings settings = config.database();
    PoolSettings pool = config.pool();
    long start = System.nanoTime();
    DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class,
        () -> Database.open(settings, pool, UnitOfWorkObserver.NONE).close());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(DatabaseUnavailable.Reason.CONNECT_FAILED, error.reason());
    assertTrue(error.getMessage().contains("127.0.0.1:1"), error.getMessage());
    assertTrue(took.compareTo(NOT_A_HANG) < 0, () -> "took " + took);
  }
}
