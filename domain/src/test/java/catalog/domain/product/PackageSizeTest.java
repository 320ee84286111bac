package catalog.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageSizeTest {

  @Test
  void neitherPartMeansNoSize() {
    assertNull(PackageSize.of(null, null));
  }

  @Test
  void onePartWithoutTheOtherIsInvalid() {
    assertEquals(List.of(new FieldError("package_size_unit", "is required when package_size is given")),
        assertThrows(InvalidInput.class, () -> PackageSize.of(500.0, null)).errors());
    assertEquals(List.of(new FieldError("package_size", "is required when package_size_unit is given")),
        assertThrows(InvalidInput.class, () -> PackageSize.of(null, "g")).errors());
  }

  @ParameterizedTest
  @EnumSource(PackageUnit.class)
  void everyListedUnitIsAccepted(PackageUnit unit) {
    assertEquals(new PackageSize(1.5, unit), PackageSize.of(1.5, unit.symbol()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lb", "KG", "G", "", "grams"})
  void otherUnitsAreRejectedWithTheList(String unit) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> PackageSize.of(1.0, unit));
    assertEquals(List.of(new FieldError("package_size_unit", "must be one of mg, g, kg, ml, l, unit")),
        e.errors());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 1_000_000.5, Double.NaN, Double.POSITIVE_INFINITY})
  void amountMustBePositiveAndBounded(double amount) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> PackageSize.of(amount, "g"));
    assertEquals("package_size", e.errors().getFirst().field());
  }

  @Test
  void boundsAreInclusiveAtTheTop() {
    assertEquals(1_000_000, PackageSize.of(1_000_000.0, "ml").amount());
    assertTrue(PackageSize.of(0.001, "kg").amount() > 0);
  }
}
