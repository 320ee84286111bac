package catalog.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Kind;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final Instant T1 = Instant.parse("2024-05-02T10:00:00Z");
  private static final ProductFields FIELDS = new ProductFields(
      "Milk", null, true, Map.of(Kind.SOURCE, UUID.randomUUID()), null, null, null, null, null, null);

  @Test
  void createStartsLiveAtVersionOne() {
    Product p = Product.create(FIELDS, T0);
    assertEquals(1, p.version());
    assertFalse(p.discarded());
    assertEquals(T0, p.createdAt());
    assertEquals(T0, p.updatedAt());
  }

  @Test
  void changesKeepIdentityCreationAndVersionForTheStoreToBump() {
    Product p = Product.create(FIELDS, T0);
    ProductFields renamed = new ProductFields("Whole milk", null, true, FIELDS.classifications(),
        null, null, null, null, null, null);
    Product changed = p.withFields(renamed, T1);
    assertEquals(new Product(p.id(), renamed, 1, false, T0, T1), changed);
    Product discarded = p.discard(T1);
    assertTrue(discarded.discarded());
    assertEquals(1, discarded.version());
    assertEquals(T1, discarded.updatedAt());
  }

  @Test
  void versionStartsAtOne() {
    assertThrows(IllegalArgumentException.class,
        () -> new Product(UUID.randomUUID(), FIELDS, 0, false, T0, T0));
  }
}
