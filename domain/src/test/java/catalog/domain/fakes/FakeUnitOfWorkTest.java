package catalog.domain.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeUnitOfWorkTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private final FakeUnitOfWork uow = new FakeUnitOfWork();

  private static Classification brand(String name) {
    return Classification.create(Kind.BRAND, new ClassificationName(name), T0);
  }

  @Test
  void workIsSeenInsideButStoredOnlyOnCommit() {
    Classification b = brand("Nestlé");
    uow.classifications().add(b);
    assertEquals(List.of(b), uow.classifications().list(Kind.BRAND));
    assertTrue(uow.storedClassifications().all().isEmpty());
    uow.commit();
    assertTrue(uow.committed());
    assertEquals(1, uow.commits());
    assertEquals(List.of(b), uow.storedClassifications().all());
  }

  @Test
  void rollbackAndCloseDropUncommittedWork() {
    uow.classifications().add(brand("Dropped"));
    uow.rollback();
    assertTrue(uow.classifications().list(Kind.BRAND).isEmpty());
    uow.classifications().add(brand("Closed"));
    uow.close();
    uow.close();
    assertTrue(uow.closed());
    assertFalse(uow.committed());
    assertEquals(2, uow.rollbacks());
    assertTrue(uow.storedClassifications().all().isEmpty());
  }

  @Test
  void closeAfterCommitDoesNotRollBack() {
    uow.classifications().add(brand("Kept"));
    uow.commit();
    uow.close();
    assertEquals(0, uow.rollbacks());
    assertEquals(1, uow.storedClassifications().all().size());
  }

  @Test
  void closedUnitOfWorkCannotBeUsed() {
    uow.close();
    assertThrows(IllegalStateException.class, uow::products);
    assertThrows(IllegalStateException.class, uow::commit);
  }

  @Test
  void unitsOfWorkOnTheSameStoresSeeEachOthersCommitsOnly() {
    FakeUnitOfWork other = new FakeUnitOfWork(uow.storedProducts(), uow.storedClassifications());
    Classification a = brand("A");
    Classification b = brand("B");
    uow.classifications().add(a);
    other.classifications().add(b);
    assertTrue(other.classifications().find(Kind.BRAND, a.id()).isEmpty());
    uow.commit();
    other.commit();
    assertEquals(List.of(a, b), uow.storedClassifications().list(Kind.BRAND));
  }

  @Test
  void failNextMakesOperationsThrowConcurrentUpdate() {
    uow.failNext(2);
    assertThrows(ConcurrentUpdate.class, uow::classifications);
    assertThrows(ConcurrentUpdate.class, uow::commit);
    assertFalse(uow.committed());
    uow.productReads();
    uow.commit();
    assertTrue(uow.committed());
  }
}
