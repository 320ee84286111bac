package catalog.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
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

  @Test
  void refusedVersionsAreExcludedAfterTheNamedOnesAreChecked() {
    Versions notThree = Versions.ANY.except(Set.of(3L));
    assertTrue(notThree.allows(2));
    assertFalse(notThree.allows(3));
    StaleVersion refused = assertThrows(StaleVersion.class, () -> notThree.check("product 7", 3));
    assertTrue(refused.refused());
    assertEquals("product 7 is at version 3, which the request's condition excludes", refused.getMessage());
    assertDoesNotThrow(() -> notThree.check("product 7", 4));

    // A named version that is not the stored one is stale, whatever is refused.
    StaleVersion stale = assertThrows(StaleVersion.class, () -> Versions.of(1).except(Set.of(2L)).check("brand 9", 2));
    assertFalse(stale.refused());
    assertEquals("brand 9 is no longer at version 1", stale.getMessage());
  }

  @Test
  void exceptAllRefusesEveryStoredVersion() {
    Versions none = Versions.ANY.exceptAll();
    assertFalse(none.allows(1));
    assertTrue(assertThrows(StaleVersion.class, () -> none.check("brand 9", 1)).refused());
    assertFalse(assertThrows(StaleVersion.class, () -> Versions.of(1).check("brand 9", 2)).refused());
  }
}
