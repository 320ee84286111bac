package catalog.domain.product;

import static catalog.domain.product.ProductFixture.LATER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.NotFound;
import catalog.domain.StaleVersion;
import catalog.domain.Versions;
import catalog.domain.fakes.FakeUnitOfWork;
import catalog.domain.listing.ProductQuery;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductCommandsDiscardTest {
  private final ProductFixture fx = new ProductFixture();
  private final ProductView milk = fx.stored(fx.fields("Milk", "123"));
  private final FakeUnitOfWork uow = fx.uow();

  @Test
  void marksTheProductDiscardedAndCommits() {
    fx.later.discard(uow, milk.id(), Versions.of(1));
    assertEquals(1, uow.commits());
    Product stored = fx.products.find(milk.id()).orElseThrow();
    assertTrue(stored.discarded());
    assertEquals(2, stored.version());
    assertEquals(LATER, stored.updatedAt());
  }

  @Test
  void discardedProductIsStillFoundButNotListed() {
    fx.later.discard(uow, milk.id(), Versions.ANY);
    assertTrue(uow.storedReads().find(milk.id()).orElseThrow().discarded());
    ProductQuery all = new ProductQuery(List.of(), ProductQuery.DEFAULT_SORT, 10, null, true);
    assertEquals(0L, uow.storedReads().list(all).total());
  }

  @Test
  void discardingTwiceChangesNothingTheSecondTime() {
    fx.later.discard(fx.uow(), milk.id(), Versions.ANY);
    fx.later.discard(uow, milk.id(), Versions.ANY);
    assertFalse(uow.committed());
    assertEquals(2, fx.products.find(milk.id()).orElseThrow().version());
  }

  @Test
  void expectedVersionMustBeTheStoredOne() {
    StaleVersion e = assertThrows(StaleVersion.class,
        () -> fx.later.discard(uow, milk.id(), Versions.of(7)));
    assertEquals(Versions.of(7), e.expected());
    uow.close();
    assertFalse(uow.committed());
    assertFalse(fx.products.find(milk.id()).orElseThrow().discarded());
  }

  @Test
  void unknownProductIsNotFound() {
    assertThrows(NotFound.class, () -> fx.later.discard(uow, UUID.randomUUID(), Versions.ANY));
  }
}
