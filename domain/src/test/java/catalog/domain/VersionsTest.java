package catalog.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionsTest {
  @Test
  void anyAllowsEveryVersion() {
    assertTrue(Versions.ANY.allows(1));
    assertTrue(Versions.ANY.allows(Long.MAX_VALUE));
    assertDoesNotThrow(() -> Versions.ANY.check("product 1", 42));
  }

  @Test
  void namedVersionsAllowOnlyThemselves() {
    Versions some = Versions.of(3, 2);
    assertTrue(some.allows(2));
    assertTrue(some.allows(3));
    assertFalse(some.allows(4));
    assertEquals("2, 3", some.toString());
  }

  @Test
  void aVersionNotAllowedIsStale() {
    StaleVersion one = assertThrows(StaleVersion.class, () -> Versions.of(1).check("product 7", 2));
    assertEquals("product 7 is no longer at version 1", one.getMessage());
    assertEquals(Versions.of(1), one.expected());
    StaleVersion two = assertThrows(StaleVersion.class, () -> Versions.of(5, 4).check("brand 9", 2));
    assertEquals("brand 9 is at none of the versions 4, 5", two.getMessage());
  }
}
