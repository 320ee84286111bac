package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.classification.Kind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldTest {

  private static FieldError errorOf(Field field, String param, String raw) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> field.parse(param, raw));
    assertEquals(1, e.errors().size());
    return e.errors().getFirst();
  }

  @Test
  void uuidValues() {
    UUID id = UUID.randomUUID();
    assertEquals(id, Field.ID.parse("id", id.toString()));
    assertEquals(new FieldError("id", "'nope' is not a UUID"), errorOf(Field.ID, "id", "nope"));
  }

  @Test
  void textValues() {
    assertEquals("Nestlé", Field.BRAND.parse("brand", "Nestlé"));
    assertEquals("x".repeat(200), Field.NAME.parse("name", "x".repeat(200)));
    assertEquals(new FieldError("brand_ne", "must be 1 to 200 characters"), errorOf(Field.BRAND, "brand_ne", ""));
    assertEquals("name", errorOf(Field.NAME, "name", "x".repeat(201)).field());
  }

  @Test
  void booleanValuesIgnoreCase() {
    assertEquals(Boolean.TRUE, Field.IS_FOOD.parse("is_food", "true"));
    assertEquals(Boolean.FALSE, Field.DISCARDED.parse("discarded", "FALSE"));
    assertEquals(new FieldError("is_food", "'yes' is not true or false"), errorOf(Field.IS_FOOD, "is_food", "yes"));
    assertEquals("discarded", errorOf(Field.DISCARDED, "discarded", "1").field());
  }

  @Test
  void timeValues() {
    assertEquals(Instant.parse("2024-05-01T10:00:00Z"),
        Field.CREATED_AT.parse("created_at_gte", "2024-05-01T10:00:00Z"));
    assertEquals(new FieldError("updated_at_lte", "'2024-05-01' is not an RFC 3339 UTC time"),
        errorOf(Field.UPDATED_AT, "updated_at_lte", "2024-05-01"));
  }

  @ParameterizedTest
  @EnumSource(Field.class)
  void eachFieldIsFoundByItsKey(Field field) {
    assertEquals(Optional.of(field), Field.fromKey(field.key()));
  }

  @Test
  void unknownKeyIsEmpty() {
    assertEquals(Optional.empty(), Field.fromKey("price"));
    assertEquals(Optional.empty(), Field.fromKey("NAME"));
  }

  @Test
  void onlyNameAndTimesAreSortable() {
    List<Field> sortable = Arrays.stream(Field.values()).filter(Field::sortable).toList();
    assertEquals(List.of(Field.NAME, Field.CREATED_AT, Field.UPDATED_AT), sortable);
  }

  @Test
  void classificationFieldsKnowTheirKind() {
    assertEquals(Optional.of(Kind.PARENT_CATEGORY), Field.PARENT_CATEGORY.kind());
    assertEquals(Optional.of(Kind.SOURCE), Field.SOURCE.kind());
    assertEquals(Optional.empty(), Field.NAME.kind());
    assertEquals(Optional.empty(), Field.ID.kind());
  }

  @Test
  void formatIsReadBackByParse() {
    Instant t = Instant.parse("2024-05-01T10:00:00.123456Z");
    assertEquals(t, Field.CREATED_AT.parse("cursor", Field.CREATED_AT.format(t)));
    assertEquals("Oat milk", Field.NAME.parse("cursor", Field.NAME.format("Oat milk")));
  }
}
