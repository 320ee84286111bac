package catalog.domain.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationNameTest {

  @Test
  void isTrimmedAndShownAsItsValue() {
    ClassificationName name = new ClassificationName("  Nestlé ");
    assertEquals("Nestlé", name.value());
    assertEquals("Nestlé", name.toString());
  }

  @Test
  void mustBePresentNotBlankAndAtMostAHundredCharacters() {
    assertEquals(List.of(new FieldError("name", "is required")),
        assertThrows(InvalidInput.class, () -> new ClassificationName(null)).errors());
    assertEquals(List.of(new FieldError("name", "must not be blank")),
        assertThrows(InvalidInput.class, () -> new ClassificationName(" ")).errors());
    assertEquals(100, new ClassificationName("n".repeat(100)).value().length());
    assertEquals(List.of(new FieldError("name", "must be at most 100 characters")),
        assertThrows(InvalidInput.class, () -> new ClassificationName("n".repeat(101))).errors());
  }

  @Test
  void foldedIgnoresCaseButEqualityDoesNot() {
    ClassificationName upper = new ClassificationName("TBCA");
    ClassificationName lower = new ClassificationName("tbca");
    assertEquals(upper.folded(), lower.folded());
    assertNotEquals(upper, lower);
  }

  @Test
  void foldingKeepsOneCodePointForOneAsPostgresLowerDoes() {
    assertEquals("σίσυφοσ", ClassificationName.fold("ΣΊΣΥΦΟΣ"), "no final sigma");
    assertEquals("istanbul", ClassificationName.fold("İstanbul"), "one code point, not i and a combining dot");
    assertNotEquals(ClassificationName.fold("ΣΊΣΥΦΟΣ x"), ClassificationName.fold("σίσυφος x"));
    assertEquals("straße 😀", ClassificationName.fold("STRAßE 😀"));
  }
}
