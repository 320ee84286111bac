package catalog.domain.product;

import static catalog.domain.product.ProductFixture.CREATED_MICROS;
import static catalog.domain.product.ProductFixture.LATER;
import static catalog.domain.product.ProductFixture.refer;
import static catalog.domain.product.ProductFixture.rename;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.Conflict;
import catalog.domain.InvalidInput;
import catalog.domain.NotFound;
import catalog.domain.StaleVersion;
import catalog.domain.Versions;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.fakes.FakeUnitOfWork;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductCommandsUpdateTest {
  private final ProductFixture fx = new ProductFixture();
  private final ProductView milk = fx.stored(fx.fields("Milk", "123"));
  private final FakeUnitOfWork uow = fx.uow();

  @Test
  void appliesThePatchBumpsTheVersionAndCommits() {
    ProductView view = fx.later.update(uow, milk.id(), rename("Whole milk"), Versions.ANY);
    assertEquals("Whole milk", view.fields().name());
    assertEquals(2, view.version());
    assertEquals(CREATED_MICROS, view.createdAt());
    assertEquals(LATER, view.updatedAt());
    assertEquals(1, uow.commits());
    assertEquals(view, uow.storedReads().find(milk.id()).orElseThrow());
  }

  @Test
  void newReferencesAreResolved() {
    Classification dairy = fx.seed(Kind.CATEGORY, "Dairy");
    ProductView view = fx.later.update(uow, milk.id(), refer(Kind.CATEGORY, dairy.id()), Versions.of(1));
    assertEquals("Dairy", view.classification(Kind.CATEGORY).name());
  }

  @Test
  void expectedVersionMustBeTheStoredOne() {
    fx.later.update(fx.uow(), milk.id(), rename("Whole milk"), Versions.of(1));
    StaleVersion e = assertThrows(StaleVersion.class,
        () -> fx.later.update(uow, milk.id(), rename("Skimmed milk"), Versions.of(1)));
    assertEquals(Versions.of(1), e.expected());
    assertNotChanged(2, "Whole milk");
  }

  @Test
  void patchThatChangesNothingNeitherBumpsNorCommits() {
    ProductView view = fx.later.update(uow, milk.id(), current -> current, Versions.of(1));
    assertEquals(milk, view);
    assertNotChanged(1, "Milk");
  }

  @Test
  void discardedProductCannotBeChanged() {
    fx.commands.discard(fx.uow(), milk.id(), Versions.ANY);
    assertThrows(Conflict.class, () -> fx.later.update(uow, milk.id(), rename("Back"), Versions.ANY));
    assertNotChanged(2, "Milk");
  }

  @Test
  void unknownProductIsNotFound() {
    assertThrows(NotFound.class,
        () -> fx.later.update(uow, UUID.randomUUID(), rename("x"), Versions.ANY));
  }

  @Test
  void badNewReferenceIsInvalidInputAndNothingIsKept() {
    Classification gone = fx.seedDiscarded(Kind.BRAND, "Old brand");
    InvalidInput e = assertThrows(InvalidInput.class,
        () -> fx.later.update(uow, milk.id(), refer(Kind.BRAND, gone.id()), Versions.ANY));
    assertEquals("brand_id", e.errors().getFirst().field());
    assertNotChanged(1, "Milk");
  }

  @Test
  void takingAnotherProductsBarcodeIsAConflict() {
    fx.stored(fx.fields("Cream", "456"));
    ProductPatch takeBarcode = c -> new ProductFields(c.name(), "456", c.isFood(), c.classifications(),
        null, null, null, null, null, null);
    assertThrows(Conflict.class, () -> fx.later.update(uow, milk.id(), takeBarcode, Versions.ANY));
    assertNotChanged(1, "Milk");
  }

  private void assertNotChanged(long version, String name) {
    uow.close();
    assertFalse(uow.committed());
    Product stored = fx.products.find(milk.id()).orElseThrow();
    assertEquals(version, stored.version());
    assertEquals(name, stored.fields().name());
  }
}
