package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.work.UnitOfWork;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing a unit of work does is kept unless it commits. */
class UnitOfWorkTransactionIT {
  private static Database database;

  @BeforeAll
  static void open() {
    database = Databases.open();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void autocommitIsOff() throws SQLException {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertFalse(TestData.connectionOf(uow).getAutoCommit());
    }
  }

  @Test
  void writesThatAreNotCommittedAreGoneAfterClose() {
    Classification c = newBrand();
    try (UnitOfWork uow = database.newUnitOfWork()) {
      uow.classifications().add(c);
      assertTrue(uow.classifications().find(Kind.BRAND, c.id()).isPresent(), "visible inside its own unit");
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertTrue(uow.classifications().find(Kind.BRAND, c.id()).isEmpty());
    }
  }

  @Test
  void uncommittedWritesAreInvisibleToOtherUnitsOfWork() {
    Classification c = newBrand();
    try (UnitOfWork writer = database.newUnitOfWork(); UnitOfWork reader = database.newUnitOfWork()) {
      writer.classifications().add(c);
      assertTrue(reader.classifications().find(Kind.BRAND, c.id()).isEmpty());
    }
  }

  @Test
  void committedWritesAreKept() {
    Classification c = newBrand();
    try (UnitOfWork uow = database.newUnitOfWork()) {
      uow.classifications().add(c);
      uow.commit();
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertEquals(c, uow.classifications().find(Kind.BRAND, c.id()).orElseThrow());
    }
  }

  @Test
  void rollbackDiscardsTheWorkSoFarAndTheUnitOfWorkGoesOn() {
    Classification dropped = newBrand();
    Classification kept = newBrand();
    try (UnitOfWork uow = database.newUnitOfWork()) {
      uow.classifications().add(dropped);
      uow.rollback();
      uow.classifications().add(kept);
      uow.commit();
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertTrue(uow.classifications().find(Kind.BRAND, dropped.id()).isEmpty());
      assertTrue(uow.classifications().find(Kind.BRAND, kept.id()).isPresent());
    }
  }

  @Test
  void workAfterACommitIsANewTransactionThatRollsBackOnClose() {
    Classification committed = newBrand();
    Classification notCommitted = newBrand();
    try (UnitOfWork uow = database.newUnitOfWork()) {
      uow.classifications().add(committed);
      uow.commit();
      uow.classifications().add(notCommitted);
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertTrue(uow.classifications().find(Kind.BRAND, committed.id()).isPresent());
      assertTrue(uow.classifications().find(Kind.BRAND, notCommitted.id()).isEmpty());
    }
  }

  @Test
  void commitWithoutWorkBorrowsNothingAndDoesNothing() {
    RecordingObserver observer = new RecordingObserver();
    try (Database db = Databases.open(Map.of(), observer); UnitOfWork uow = db.newUnitOfWork()) {
      uow.commit();
      uow.rollback();
      assertEquals(0, observer.acquired.get());
      assertEquals(0, observer.committed.get());
    }
  }

  private static Classification newBrand() {
    return Classification.create(Kind.BRAND, new ClassificationName(TestData.unique("uow")), TestData.now());
  }
}
