package catalog.domain.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.Conflict;
import catalog.domain.StaleVersion;
import catalog.domain.Versions;
import catalog.domain.classification.Kind;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryProductsTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final UUID SOURCE = UUID.randomUUID();

  private final InMemoryProducts products = new InMemoryProducts();

  private static Product product(String barcode, UUID source) {
    return Product.create(new ProductFields("Milk", barcode, true, Map.of(Kind.SOURCE, source),
        null, null, null, null, null, null), T0);
  }

  @Test
  void addThenFind() {
    Product p = product("1", SOURCE);
    products.add(p);
    assertEquals(Optional.of(p), products.find(p.id()));
    assertEquals(Optional.empty(), products.find(UUID.randomUUID()));
    assertThrows(Conflict.class, () -> products.add(p));
  }

  @Test
  void liveBarcodeIsUniquePerSource() {
    products.add(product("1", SOURCE));
    assertThrows(Conflict.class, () -> products.add(product("1", SOURCE)));
    products.add(product("1", UUID.randomUUID()));
    products.add(product(null, SOURCE));
    products.add(product(null, SOURCE));
    assertEquals(4, products.all().size());
  }

  @Test
  void discardedProductFreesItsBarcode() {
    Product first = product("1", SOURCE);
    products.add(first);
    products.update(first.discard(T0));
    products.add(product("1", SOURCE));
    assertEquals(2, products.all().size());
  }

  @Test
  void updateChecksTheVersionAndReturnsTheNextOne() {
    Product p = product("1", SOURCE);
    products.add(p);
    Product saved = products.update(p.discard(T0));
    assertEquals(2, saved.version());
    assertEquals(Optional.of(saved), products.find(p.id()));
    StaleVersion e = assertThrows(StaleVersion.class, () -> products.update(p));
    assertEquals(Versions.of(1), e.expected());
    assertThrows(StaleVersion.class, () -> products.update(product("2", SOURCE)));
  }

  @Test
  void updateKeepsTheBarcodeUnique() {
    products.add(product("1", SOURCE));
    Product other = product("2", SOURCE);
    products.add(other);
    Product clash = other.withFields(product("1", SOURCE).fields(), T0);
    assertThrows(Conflict.class, () -> products.update(clash));
    assertEquals(1, products.find(other.id()).orElseThrow().version());
  }

  @Test
  void copyIsIndependentAndReportsWhatChanged() {
    Product p = product("1", SOURCE);
    products.add(p);
    InMemoryProducts copy = products.copy();
    Product added = product("2", SOURCE);
    copy.add(added);
    Product changed = copy.update(p.discard(T0));
    assertEquals(1, products.all().size());
    assertEquals(List.of(changed, added), copy.changedSince(products));
  }
}
