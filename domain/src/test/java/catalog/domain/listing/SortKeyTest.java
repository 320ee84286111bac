package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  @ValueSource(strings = {"name", "-name", "created_at", "-updated_at", "barcode", "-source", "parent_category",
      "-calories", "vitamin_c"})
  void toStringIsReadBack(String token) {
    assertEquals(token, SortKey.parse(token).toString());
  }

  @Test
  void unknownKeyNamesSortAndListsTheAcceptedOnes() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> SortKey.parse("-price"));
    assertEquals(List.of(new FieldError("sort",
        "'price' is not a sort key; use one of " + SortKey.accepted())), e.errors());
    assertTrue(SortKey.accepted().startsWith("name, barcode, source, brand, category, parent_category, food_group, "
        + "process_type, created_at, updated_at, calories, water, protein"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "-id", "is_food", "discarded", "", "-", "--name", "Name", " name", "name_like",
      "calories_lte"})
  void anythingElseIsNotASortKey(String token) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> SortKey.parse(token));
    assertEquals("sort", e.errors().getFirst().field());
  }

  @Test
  void constructorRefusesUnsortableFields() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> new SortKey(Field.IS_FOOD, false));
    assertEquals(List.of(new FieldError("sort", "'is_food' is not a sort key")), e.errors());
  }
}
