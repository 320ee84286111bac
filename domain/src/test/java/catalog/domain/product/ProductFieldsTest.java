package catalog.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.classification.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductFieldsTest {
  private static final UUID SOURCE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final Map<Kind, UUID> REFS = Map.of(Kind.SOURCE, SOURCE);

  private static ProductFields withName(String name) {
    return new ProductFields(name, null, true, REFS, null, null, null, null, null, null);
  }

  private static ProductFields withBarcode(String barcode) {
    return new ProductFields("Milk", barcode, true, REFS, null, null, null, null, null, null);
  }

  private static ProductFields withImage(String url) {
    return new ProductFields("Milk", null, true, REFS, null, null, null, url, null, null);
  }

  private static ProductFields withYield(Double edibleYield) {
    return new ProductFields("Milk", null, true, REFS, null, null, null, null, null, edibleYield);
  }

  private static String fieldOf(InvalidInput e) {
    assertEquals(1, e.errors().size(), e::getMessage);
    return e.errors().getFirst().field();
  }

  @Test
  void nameIsTrimmed() {
    assertEquals("Oat milk", withName("  Oat milk \n").name());
  }

  @Test
  void nameMustBePresentNotBlankAndShort() {
    assertEquals(List.of(new FieldError("name", "is required")),
        assertThrows(InvalidInput.class, () -> withName(null)).errors());
    assertEquals(List.of(new FieldError("name", "must not be blank")),
        assertThrows(InvalidInput.class, () -> withName("   ")).errors());
    assertEquals(200, withName("n".repeat(200)).name().length());
    assertEquals("name", fieldOf(assertThrows(InvalidInput.class, () -> withName("n".repeat(201)))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7891000100103", "A", "abc-DEF_1.2", "0.0"})
  void barcodeAcceptsLettersDigitsDotsUnderscoresAndDashes(String barcode) {
    assertEquals(barcode, withBarcode(barcode).barcode());
  }

  @Test
  void barcodeIsStrippedAndMayBeAbsent() {
    assertEquals("123", withBarcode("  123 ").barcode());
    assertNull(withBarcode(null).barcode());
    assertNull(withBarcode("").barcode());
    assertNull(withBarcode("   ").barcode());
    assertEquals(50, withBarcode("b".repeat(50)).barcode().length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-123", ".123", "_123", "12 34", "12/34", "çã123", "12٣4", "A:1",
      "x123456789x123456789x123456789x123456789x1234567890"})
  void barcodeRejectsOtherShapes(String barcode) {
    assertEquals("barcode", fieldOf(assertThrows(InvalidInput.class, () -> withBarcode(barcode))));
  }

  @Test
  void sourceIsRequired() {
    Map<Kind, UUID> nullSource = new HashMap<>();
    nullSource.put(Kind.SOURCE, null);
    nullSource.put(Kind.BRAND, UUID.randomUUID());
    for (Map<Kind, UUID> refs : List.of(Map.<Kind, UUID>of(), nullSource)) {
      InvalidInput e = assertThrows(InvalidInput.class,
          () -> new ProductFields("Milk", null, true, refs, null, null, null, null, null, null));
      assertEquals(List.of(new FieldError("source_id", "is required")), e.errors());
    }
  }

  @Test
  void classificationsDropNullsAndAreACopy() {
    Map<Kind, UUID> refs = new HashMap<>(REFS);
    refs.put(Kind.BRAND, null);
    ProductFields fields = new ProductFields("Milk", null, true, refs, null, null, null, null, null, null);
    refs.put(Kind.CATEGORY, UUID.randomUUID());
    assertEquals(Map.of(Kind.SOURCE, SOURCE), fields.classifications());
    assertEquals(SOURCE, fields.source());
    assertEquals(Optional.empty(), fields.classification(Kind.BRAND));
    assertThrows(UnsupportedOperationException.class,
        () -> fields.classifications().put(Kind.BRAND, SOURCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://img.example/a.png", "https://img.example/a.png?w=200", "HTTPS://IMG.EXAMPLE/A",
      "http://img.example:65535/a.png"})
  void imageUrlAcceptsAbsoluteHttpAndHttps(String url) {
    assertEquals(url, withImage(" " + url + " ").imageUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://img.example/a.png", "/images/a.png", "javascript:alert(1)",
      "file:///etc/passwd", "http:/a.png", "http://exa mple/a.png", "   ", "http://img.example:99999/a.png"})
  void imageUrlRejectsEverythingElse(String url) {
    assertEquals("image_url", fieldOf(assertThrows(InvalidInput.class, () -> withImage(url))));
  }

  @Test
  void edibleYieldIsAFractionAboveZero() {
    assertEquals(0.5, withYield(0.5).edibleYield());
    assertEquals(1.0, withYield(1.0).edibleYield());
    assertNull(withYield(null).edibleYield());
    for (double bad : new double[] {0, -0.0, -0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> withYield(bad));
      assertEquals("edible_yield", fieldOf(e));
      // One message for every value out of range: 1.01 used to say "from 0 to 1", and 0 is refused.
      assertEquals("must be above 0 and at most 1 (it is the edible fraction)", e.errors().getFirst().message());
    }
  }

  @Test
  void ingredientsAreTrimmedBlankIsNoneAndLengthIsBounded() {
    assertEquals("oats, water", ingredients(" oats, water ").ingredients());
    assertNull(ingredients("  ").ingredients());
    assertEquals(ProductFields.INGREDIENTS_MAX, ingredients("i".repeat(10_000)).ingredients().length());
    assertEquals("ingredients",
        fieldOf(assertThrows(InvalidInput.class, () -> ingredients("i".repeat(10_001)))));
  }

  @Test
  void missingNutriFactsMeansNone() {
    assertSame(NutriFacts.NONE, withName("Milk").nutriFacts());
  }

  private static ProductFields ingredients(String text) {
    return new ProductFields("Milk", null, true, REFS, null, text, null, null, null, null);
  }
}
