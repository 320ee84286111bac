package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortKeyTest {

  @Test
  void plainKeyIsAscending() {
    assertEquals(new SortKey(Field.NAME, false), SortKey.parse("name"));
  }

  @Test
  void dashMeansDescending() {
    assertEquals(new SortKey(Field.NAME, true), SortKey.parse("-name"));
    assertEquals(new SortKey(Field.UPDATED_AT, true), SortKey.parse("-updated_at"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "-name", "created_at", "-updated_at"})
  void toStringIsReadBack(String token) {
    assertEquals(token, SortKey.parse(token).toString());
  }

  @Test
  void unknownKeyNamesSortAndListsTheAcceptedOnes() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> SortKey.parse("-price"));
    assertEquals(List.of(new FieldError("sort",
        "'price' is not a sort key; use one of name, created_at, updated_at")), e.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"barcode", "-id", "", "-", "--name", "Name", " name"})
  void anythingElseIsNotASortKey(String token) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> SortKey.parse(token));
    assertEquals("sort", e.errors().getFirst().field());
  }

  @Test
  void constructorRefusesUnsortableFields() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> new SortKey(Field.BRAND, false));
    assertEquals(List.of(new FieldError("sort", "'brand' is not a sort key")), e.errors());
  }
}
