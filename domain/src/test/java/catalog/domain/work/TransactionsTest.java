package catalog.domain.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.Conflict;
import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.fakes.FakeUnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionsTest {
  private static final RetryPolicy FOUR_ATTEMPTS =
      new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(200));

  private final FakeUnitOfWork uow = new FakeUnitOfWork();
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<Integer> retried = new ArrayList<>();
  private final Transactions transactions =
      new Transactions(FOUR_ATTEMPTS, sleeps::add, (attempt, cause) -> retried.add(attempt));

  @Test
  void rerunsAfterConcurrentUpdatesUntilItSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    String result = transactions.run(uow, u -> {
      if (calls.incrementAndGet() <= 3) {
        throw new ConcurrentUpdate("serialization failure", null);
      }
      return "done";
    });
    assertEquals("done", result);
    assertEquals(4, calls.get());
    assertEquals(3, uow.rollbacks());
    assertEquals(List.of(1, 2, 3), retried);
    assertEquals(3, sleeps.size());
    sleeps.forEach(d -> assertTrue(!d.isNegative() && d.compareTo(FOUR_ATTEMPTS.maxDelay()) <= 0));
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastFailure() {
    AtomicInteger calls = new AtomicInteger();
    List<ConcurrentUpdate> thrown = new ArrayList<>();
    ConcurrentUpdate e = assertThrows(ConcurrentUpdate.class, () -> transactions.run(uow, u -> {
      calls.incrementAndGet();
      ConcurrentUpdate failure = new ConcurrentUpdate("deadlock", null);
      thrown.add(failure);
      throw failure;
    }));
    assertEquals(4, calls.get());
    assertSame(thrown.getLast(), e);
    assertEquals(4, uow.rollbacks());
    assertEquals(List.of(1, 2, 3), retried);
    assertEquals(3, sleeps.size());
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThrows(Conflict.class, () -> transactions.run(uow, u -> {
      calls.incrementAndGet();
      throw new Conflict("duplicate");
    }));
    assertThrows(IllegalStateException.class, () -> transactions.run(uow, u -> {
      calls.incrementAndGet();
      throw new IllegalStateException("bug");
    }));
    assertEquals(2, calls.get());
    assertEquals(0, uow.rollbacks());
    assertTrue(retried.isEmpty());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void oneAttemptMeansNoRetry() {
    Transactions once = new Transactions(new RetryPolicy(1, Duration.ZERO, Duration.ZERO),
        sleeps::add, (attempt, cause) -> retried.add(attempt));
    uow.failNext(1);
    assertThrows(ConcurrentUpdate.class, () -> once.run(uow, u -> u.products().find(UUID.randomUUID())));
    assertEquals(1, uow.rollbacks());
    assertTrue(retried.isEmpty());
  }

  @Test
  void aFailedAttemptLeavesNothingBehind() {
    AtomicInteger calls = new AtomicInteger();
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    transactions.run(uow, u -> {
      u.classifications().add(
          Classification.create(Kind.BRAND, new ClassificationName("Brand " + calls.get()), now));
      if (calls.incrementAndGet() == 1) {
        throw new ConcurrentUpdate("serialization failure", null);
      }
      u.commit();
      return null;
    });
    List<Classification> stored = uow.storedClassifications().all();
    assertEquals(1, stored.size());
    assertEquals("Brand 1", stored.getFirst().name().value());
    assertEquals(1, uow.commits());
  }

  @Test
  void injectedFailuresAreRetriedLikeRealOnes() {
    uow.failNext(2);
    int count = transactions.run(uow, u -> u.classifications().list(Kind.SOURCE).size());
    assertEquals(0, count);
    assertEquals(2, uow.rollbacks());
    assertEquals(List.of(1, 2), retried);
    assertFalse(uow.committed());
  }
}
