package catalog.domain.product;

import static catalog.domain.product.ProductFixture.CREATED_MICROS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.Conflict;
import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.Versions;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.fakes.FakeUnitOfWork;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProductCommandsAddTest {
  private final ProductFixture fx = new ProductFixture();
  private final FakeUnitOfWork uow = fx.uow();

  @Test
  void commitsAndReturnsTheViewWithNamesResolved() {
    ProductView view = fx.commands.add(uow, fx.fields("Oat milk", "7310865004703"));
    assertEquals(1, uow.commits());
    assertEquals("TBCA", view.classification(Kind.SOURCE).name());
    assertEquals(new ClassificationRef(fx.brand.id(), "Nestlé"), view.classification(Kind.BRAND));
    assertNull(view.classification(Kind.CATEGORY));
    assertEquals(1, view.version());
    assertFalse(view.discarded());
    assertEquals(CREATED_MICROS, view.createdAt());
    assertEquals(CREATED_MICROS, view.updatedAt());
    assertEquals(Optional.of(view), uow.storedReads().find(view.id()));
  }

  @Test
  void unknownClassificationIsInvalidInputNamingItsIdField() {
    UUID unknown = UUID.randomUUID();
    var fields = ProductFixture.fields("Milk", null, Map.of(Kind.SOURCE, fx.source.id(), Kind.CATEGORY, unknown));
    InvalidInput e = assertThrows(InvalidInput.class, () -> fx.commands.add(uow, fields));
    assertEquals(List.of(new FieldError("category_id", "no live category has id " + unknown)), e.errors());
    assertNothingKept();
  }

  @Test
  void discardedClassificationIsInvalidInput() {
    Classification gone = fx.seedDiscarded(Kind.FOOD_GROUP, "Dairy");
    var fields = ProductFixture.fields("Milk", null, Map.of(Kind.SOURCE, fx.source.id(), Kind.FOOD_GROUP, gone.id()));
    InvalidInput e = assertThrows(InvalidInput.class, () -> fx.commands.add(uow, fields));
    assertEquals(List.of(new FieldError("food_group_id", "no live food group has id " + gone.id())), e.errors());
    assertNothingKept();
  }

  @Test
  void classificationOfAnotherKindIsInvalidAndEveryBadReferenceIsReported() {
    var fields = ProductFixture.fields("Milk", null, Map.of(
        Kind.SOURCE, fx.brand.id(), Kind.CATEGORY, fx.source.id(), Kind.BRAND, fx.brand.id()));
    InvalidInput e = assertThrows(InvalidInput.class, () -> fx.commands.add(uow, fields));
    Set<String> named = e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    assertEquals(Set.of("source_id", "category_id"), named);
    assertNothingKept();
  }

  @Test
  void sameBarcodeFromTheSameSourceIsAConflict() {
    fx.stored(fx.fields("Oat milk", "7310865004703"));
    assertThrows(Conflict.class, () -> fx.commands.add(uow, fx.fields("Oat drink", "7310865004703")));
    assertFalse(uow.committed());
    assertEquals(1, fx.products.all().size());
  }

  @Test
  void sameBarcodeIsFineFromAnotherSourceOrOnceTheFirstIsDiscarded() {
    ProductView first = fx.stored(fx.fields("Oat milk", "7310865004703"));
    Classification other = fx.seed(Kind.SOURCE, "GS1");
    fx.stored(ProductFixture.fields("Oat milk", "7310865004703", Map.of(Kind.SOURCE, other.id())));
    try (FakeUnitOfWork discard = fx.uow()) {
      fx.commands.discard(discard, first.id(), Versions.ANY);
    }
    fx.stored(fx.fields("Oat milk again", "7310865004703"));
    assertEquals(3, fx.products.all().size());
  }

  @Test
  void productsWithoutBarcodeNeverCollide() {
    fx.stored(fx.fields("Apple", null));
    fx.stored(fx.fields("Apple", null));
    assertEquals(2, fx.products.all().size());
  }

  private void assertNothingKept() {
    uow.close();
    assertFalse(uow.committed());
    assertTrue(fx.products.all().isEmpty());
  }
}
