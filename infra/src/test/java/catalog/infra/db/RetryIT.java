package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.StaleVersion;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.work.RetryPolicy;
import catalog.domain.work.Transactions;
import catalog.domain.work.UnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real serialization failure (SQLSTATE 40001 at REPEATABLE READ, when another transaction commits
 * an update to a row this one read) reaches the domain as ConcurrentUpdate and the whole unit of work
 * is re-run.
 */
class RetryIT {
  private final AtomicInteger attempts = new AtomicInteger();
  private final List<Integer> retried = new ArrayList<>();
  private Database database;
  private Product product;

  @BeforeEach
  void seed() {
    database = Databases.open(Map.of("DB_ISOLATION", "repeatable_read", "DB_POOL_SIZE", "2"));
    Classification source = TestData.classification(database, Kind.SOURCE, TestData.unique("retry"));
    product = TestData.product(database, TestData.fields("original", null, source.id()));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aSerializationFailureIsRetriedAndTheSecondAttemptSucceeds() {
    Transactions transactions = transactions(3);
    Product saved;
    try (UnitOfWork uow = database.newUnitOfWork()) {
      saved = transactions.run(uow, work -> renameWhileOthersRename(work, 1));
    }

    assertEquals(2, attempts.get());
    assertEquals(List.of(1), retried);
    Product stored = stored();
    assertEquals("renamed by attempt 2", stored.fields().name());
    assertEquals(3, stored.version());
    assertEquals(stored, saved);
    assertEquals(0, database.hikari().orElseThrow().getHikariPoolMXBean().getActiveConnections());
  }

  @Test
  void afterMaxAttemptsTheConcurrentUpdateSurfaces() {
    Transactions transactions = transactions(3);
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertThrows(ConcurrentUpdate.class, () -> transactions.run(uow, work -> renameWhileOthersRename(work, 99)));
    }

    assertEquals(3, attempts.get());
    assertEquals(List.of(1, 2), retried);
    Product stored = stored();
    assertEquals("renamed concurrently before attempt 3", stored.fields().name());
    assertEquals(4, stored.version());
    assertEquals(0, database.hikari().orElseThrow().getHikariPoolMXBean().getActiveConnections());
  }

  @Test
  void atReadCommittedTheSameRaceIsAStaleVersionAndIsNotRetried() {
    try (Database readCommitted = Databases.open(Map.of("DB_ISOLATION", "read_committed"));
        UnitOfWork uow = readCommitted.newUnitOfWork()) {
      assertThrows(StaleVersion.class, () -> transactions(3).run(uow, work -> renameWhileOthersRename(work, 1)));
    }
    assertEquals(1, attempts.get());
    assertEquals("renamed concurrently before attempt 1", stored().fields().name());
  }

  private Transactions transactions(int maxAttempts) {
    return new Transactions(new RetryPolicy(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(5)),
        Transactions.Sleeper.THREAD, (attempt, cause) -> retried.add(attempt));
  }

  /** Reads the product, lets another unit of work commit a rename (on the first {@code racedAttempts}), then renames it. */
  private Product renameWhileOthersRename(UnitOfWork uow, int racedAttempts) {
    int attempt = attempts.incrementAndGet();
    Product current = uow.products().find(product.id()).orElseThrow();
    if (attempt <= racedAttempts) {
      TestData.committed(database, other -> {
        Product fresh = other.products().find(product.id()).orElseThrow();
        other.products().update(renamed(fresh, "renamed concurrently before attempt " + attempt));
      });
    }
    Product saved = uow.products().update(renamed(current, "renamed by attempt " + attempt));
    uow.commit();
    return saved;
  }

  private static Product renamed(Product p, String name) {
    ProductFields f = p.fields();
    return p.withFields(new ProductFields(name, f.barcode(), f.isFood(), f.classifications(), f.nutriFacts(),
        f.ingredients(), f.packageSize(), f.imageUrl(), f.score(), f.edibleYield()), TestData.now());
  }

  private Product stored() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      return uow.products().find(product.id()).orElseThrow();
    }
  }
}
