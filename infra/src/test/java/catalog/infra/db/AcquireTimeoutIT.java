package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When no connection frees up within the acquire timeout, the unit of work fails fast instead of hanging. */
class AcquireTimeoutIT {
  private static final Duration NOT_A_HANG = Duration.ofSeconds(5);

  @Test
  void secondUnitOfWorkTimesOutWhileTheOnlyConnectionIsHeld() {
    RecordingObserver observer = new RecordingObserver();
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "1", "DB_CONNECTION_TIMEOUT_MS", "250"), observer);
        UnitOfWork holder = db.newUnitOfWork();
        UnitOfWork waiter = db.newUnitOfWork()) {
      holder.classifications().list(Kind.SOURCE);

      long start = System.nanoTime();
      DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class,
          () -> waiter.classifications().list(Kind.SOURCE));
      Duration waited = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT, error.reason());
      assertTrue(waited.compareTo(NOT_A_HANG) < 0, () -> "took " + waited);
      assertEquals(1, observer.acquireFailed.get());
      assertTrue(observer.failedWaitNanos.getFirst() >= Duration.ofMillis(240).toNanos(),
          () -> "the wait that timed out is reported: " + observer.failedWaitNanos);
      assertEquals(1, db.hikari().orElseThrow().getHikariPoolMXBean().getActiveConnections());
    }
  }

  @Test
  void theUnitOfWorkThatTimedOutCanTryAgainOnceTheConnectionIsFree() {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "1", "DB_CONNECTION_TIMEOUT_MS", "250"));
        UnitOfWork waiter = db.newUnitOfWork()) {
      try (UnitOfWork holder = db.newUnitOfWork()) {
        holder.classifications().list(Kind.SOURCE);
        assertThrows(DatabaseUnavailable.class, () -> waiter.classifications().list(Kind.SOURCE));
      }
      assertDoesNotThrow(() -> waiter.classifications().list(Kind.SOURCE));
    }
  }

  /**
   * The overflow connection is opened when {@code second} asks for it, within the acquire timeout: 3 s, so that
   * a slow connect on a busy machine is not taken for a missing overflow.
   */
  @Test
  void overflowServesABurstBeyondThePoolSizeAndNoMore() {
    try (Database db = Databases.open(Map.of(
            "DB_POOL_SIZE", "1", "DB_POOL_MAX_OVERFLOW", "1", "DB_CONNECTION_TIMEOUT_MS", "3000"));
        UnitOfWork first = db.newUnitOfWork();
        UnitOfWork second = db.newUnitOfWork();
        UnitOfWork third = db.newUnitOfWork()) {
      first.classifications().list(Kind.SOURCE);
      second.classifications().list(Kind.SOURCE);
      assertEquals(2, db.hikari().orElseThrow().getHikariPoolMXBean().getActiveConnections());

      DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class,
          () -> third.classifications().list(Kind.SOURCE));
      assertEquals(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT, error.reason());
    }
  }
}
