package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * At most {@code DB_MAX_WAITERS} units of work wait for a connection; the next is refused at once as
 * OVERLOADED, in both pool modes, and every permit comes back however the acquisition ended.
 */
class BulkheadIT {
  /** Long enough that a refusal which waited for it would stand out; refusals must come long before. */
  private static final String LONG_TIMEOUT_MS = "30000";
  private static final Duration WELL_BEFORE_THE_TIMEOUT = Duration.ofSeconds(15);

  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final RecordingObserver observer = new RecordingObserver();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void withAPoolOneMoreThanTheWaiterLimitIsRefusedAtOnce() throws Exception {
    try (Database db = Databases.open(Map.of(
            "DB_POOL_SIZE", "1", "DB_MAX_WAITERS", "1", "DB_CONNECTION_TIMEOUT_MS", LONG_TIMEOUT_MS), observer);
        UnitOfWork holder = db.newUnitOfWork()) {
      holder.classifications().list(Kind.SOURCE);
      Future<?> waiter = threads.submit(() -> read(db));
      Eventually.holds("one waits in the pool", () -> db.poolState().pending() == 1, db::poolState);
      assertEquals(2, db.poolState().admitted());

      assertRefusedAtOnce(db);

      holder.close();
      waiter.get(Eventually.BOUND.toSeconds(), TimeUnit.SECONDS);
      assertEquals(0, db.poolState().admitted());
      assertEquals(0, db.poolState().active());
      assertEquals(List.of(DatabaseUnavailable.Reason.OVERLOADED), reasons());
    }
  }

  @Test
  void withoutAPoolTheSameFiguresCapTheConnectionsOpenAtOnce() throws Exception {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none",
            "DB_POOL_SIZE", "1", "DB_MAX_WAITERS", "1", "DB_CONNECTION_TIMEOUT_MS", LONG_TIMEOUT_MS), observer);
        UnitOfWork holder = db.newUnitOfWork()) {
      holder.classifications().list(Kind.SOURCE);
      Future<?> waiter = threads.submit(() -> read(db));
      Eventually.holds("one waits for a connection slot", () -> db.poolState().pending() == 1, db::poolState);
      PoolState state = db.poolState();
      assertEquals(1, state.active());
      assertEquals(1, state.total());
      assertEquals(0, state.idle());
      assertEquals(2, state.admitted());

      assertRefusedAtOnce(db);

      holder.close();
      waiter.get(Eventually.BOUND.toSeconds(), TimeUnit.SECONDS);
      assertEquals(0, db.poolState().active());
      assertEquals(0, db.poolState().admitted());
      assertEquals(2, observer.connected.get());
    }
  }

  @Test
  void withoutAPoolAWaiterGivesUpAtTheConnectionTimeout() throws Exception {
    try (Database db = Databases.open(Map.of("DB_POOL_MODE", "none",
            "DB_POOL_SIZE", "1", "DB_CONNECTION_TIMEOUT_MS", "250"), observer);
        UnitOfWork holder = db.newUnitOfWork()) {
      holder.classifications().list(Kind.SOURCE);
      Future<?> waiter = threads.submit(() -> read(db));
      ExecutionException failed = assertThrows(ExecutionException.class,
          () -> waiter.get(Eventually.BOUND.toSeconds(), TimeUnit.SECONDS));
      DatabaseUnavailable error = assertInstanceOf(DatabaseUnavailable.class, failed.getCause());
      assertEquals(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT, error.reason());
      assertEquals(1, db.poolState().admitted());
    }
  }

  @Test
  void permitsComeBackAfterTimeoutsSoLaterWaitersWaitRatherThanBeingRefused() {
    try (Database db = Databases.open(Map.of(
            "DB_POOL_SIZE", "1", "DB_MAX_WAITERS", "1", "DB_CONNECTION_TIMEOUT_MS", "250"), observer);
        UnitOfWork holder = db.newUnitOfWork()) {
      holder.classifications().list(Kind.SOURCE);
      for (int i = 0; i < 4; i++) {
        DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class, () -> read(db));
        assertEquals(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT, error.reason());
      }
      assertEquals(1, db.poolState().admitted());
      holder.close();
      assertDoesNotThrow(() -> read(db));
      assertEquals(0, db.poolState().admitted());
    }
  }

  @Test
  void withNoWaitersAllowedARequestThatFindsEveryConnectionBusyIsRefused() {
    try (Database db = Databases.open(Map.of("DB_POOL_SIZE", "1", "DB_MAX_WAITERS", "0"), observer);
        UnitOfWork holder = db.newUnitOfWork()) {
      holder.classifications().list(Kind.SOURCE);
      DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class, () -> read(db));
      assertEquals(DatabaseUnavailable.Reason.OVERLOADED, error.reason());
      assertTrue(error.getMessage().contains("all 1 database connections are in use and 0 requests"),
          error.getMessage());
    }
  }

  private void assertRefusedAtOnce(Database db) {
    long start = System.nanoTime();
    DatabaseUnavailable error = assertThrows(DatabaseUnavailable.class, () -> read(db));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(DatabaseUnavailable.Reason.OVERLOADED, error.reason());
    assertTrue(took.compareTo(WELL_BEFORE_THE_TIMEOUT) < 0, () -> "refusing took " + took);
  }

  private static Void read(Database db) {
    try (UnitOfWork uow = db.newUnitOfWork()) {
      uow.classifications().list(Kind.SOURCE);
    }
    return null;
  }

  private List<DatabaseUnavailable.Reason> reasons() {
    return observer.failures.stream().map(e -> ((DatabaseUnavailable) e).reason()).toList();
  }
}
