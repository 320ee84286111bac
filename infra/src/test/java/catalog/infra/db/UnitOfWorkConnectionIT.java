package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.Conflict;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A unit of work borrows its connection lazily, keeps one, and gives it back in every case. */
class UnitOfWorkConnectionIT {
  private final RecordingObserver observer = new RecordingObserver();
  private Database database;
  private HikariPoolMXBean pool;

  @BeforeEach
  void open() {
    database = Databases.open(Map.of("DB_POOL_SIZE", "2"), observer);
    pool = database.hikari().orElseThrow().getHikariPoolMXBean();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void borrowsNothingUntilFirstUse() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      uow.products();
      uow.classifications();
      uow.productReads();
      assertEquals(0, pool.getActiveConnections());
      assertEquals(0, observer.acquired.get());

      uow.classifications().list(Kind.SOURCE);
      assertEquals(1, pool.getActiveConnections());
      assertEquals(1, observer.acquired.get());
    }
  }

  @Test
  void aUnitOfWorkThatIsNeverUsedNeverBorrows() {
    database.newUnitOfWork().close();
    assertEquals(0, observer.acquired.get());
    assertEquals(0, observer.released.get());
    assertEquals(0, observer.rolledBack.get());
  }

  @Test
  void keepsOneConnectionForAllItsWork() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      var first = TestData.connectionOf(uow);
      uow.classifications().list(Kind.BRAND);
      uow.products().find(UUID.randomUUID());
      assertSame(first, TestData.connectionOf(uow));
      assertEquals(1, pool.getActiveConnections());
      assertEquals(1, observer.acquired.get());
    }
  }

  @Test
  void givesTheConnectionBackOnClose() {
    UnitOfWork uow = database.newUnitOfWork();
    uow.classifications().list(Kind.SOURCE);
    uow.close();
    assertEquals(0, pool.getActiveConnections());
    assertEquals(1, observer.released.get());
    assertEquals(1, observer.rolledBack.get());
  }

  @Test
  void givesTheConnectionBackOnRollbackAndBorrowsAgainWhenUsedAgain() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      uow.classifications().list(Kind.SOURCE);
      uow.rollback();
      assertEquals(0, pool.getActiveConnections());
      assertEquals(1, observer.released.get());

      uow.classifications().list(Kind.SOURCE);
      assertEquals(1, pool.getActiveConnections());
      assertEquals(2, observer.acquired.get());
    }
    assertEquals(0, pool.getActiveConnections());
    assertEquals(2, observer.released.get());
  }

  @Test
  void givesTheConnectionBackWhenTheWorkThrows() {
    assertThrows(IllegalStateException.class, () -> {
      try (UnitOfWork uow = database.newUnitOfWork()) {
        uow.classifications().list(Kind.SOURCE);
        throw new IllegalStateException("the work failed");
      }
    });
    assertEquals(0, pool.getActiveConnections());
    assertEquals(1, observer.released.get());
  }

  @Test
  void givesTheConnectionBackAfterAnSqlErrorAndTheConnectionServesTheNextUnitOfWork() {
    String name = TestData.unique("dup");
    TestData.classification(database, Kind.BRAND, name);
    assertThrows(Conflict.class, () -> {
      try (UnitOfWork uow = database.newUnitOfWork()) {
        uow.classifications().add(Classification.create(
            Kind.BRAND, new ClassificationName(name), TestData.now()));
      }
    });
    assertEquals(0, pool.getActiveConnections());
    for (int i = 0; i < 3; i++) {
      try (UnitOfWork uow = database.newUnitOfWork()) {
        assertDoesNotThrow(() -> uow.classifications().list(Kind.BRAND));
      }
    }
    assertEquals(0, pool.getActiveConnections());
  }

  @Test
  void keepsTheConnectionAfterCommitUntilClosed() {
    UnitOfWork uow = database.newUnitOfWork();
    uow.classifications().list(Kind.SOURCE);
    uow.commit();
    assertEquals(1, pool.getActiveConnections());
    assertEquals(1, observer.committed.get());
    uow.close();
    assertEquals(0, pool.getActiveConnections());
    assertEquals(0, observer.rolledBack.get());
  }

  @Test
  void closingTwiceIsSafeAndUseAfterCloseIsRefused() {
    UnitOfWork uow = database.newUnitOfWork();
    uow.classifications().list(Kind.SOURCE);
    uow.close();
    uow.close();
    assertEquals(1, observer.released.get());
    assertThrows(IllegalStateException.class, () -> uow.classifications().list(Kind.SOURCE));
    assertEquals(0, pool.getActiveConnections());
  }
}
