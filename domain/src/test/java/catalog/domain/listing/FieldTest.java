package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.classification.Kind;
import catalog.domain.product.Nutrient;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    assertEquals(id, Field.ID.parse("id", id.toString().toUpperCase(java.util.Locale.ROOT)));
    // UUID.fromString alone reads this as 00000001-0001-0001-0001-000000000001.
    assertEquals(new FieldError("id", "'1-1-1-1-1' is not a UUID"), errorOf(Field.ID, "id", "1-1-1-1-1"));
    assertEquals("id", errorOf(Field.ID, "id", id + "0").field());
  }

  @Test
  void textValues() {
    assertEquals("Nestlé", Field.BRAND.parse("brand", "Nestlé"));
    assertEquals("x".repeat(200), Field.NAME.parse("name", "x".repeat(200)));
    assertEquals(new FieldError("brand_ne", "must be 1 to 200 characters"), errorOf(Field.BRAND, "brand_ne", ""));
    assertEquals("name", errorOf(Field.NAME, "name", "x".repeat(201)).field());
    // Characters, as a name's own check and the database count them: 200 emoji are 400 UTF-16 units.
    String pears = "\uD83C\uDF50".repeat(200);
    assertEquals(pears, Field.NAME.parse("cursor", pears));
    assertEquals("cursor", errorOf(Field.NAME, "cursor", pears + "x").field());
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
    assertEquals(Instant.parse("2024-05-01T10:00:00.123456Z"),
        Field.CREATED_AT.parse("created_at_lte", "2024-05-01T10:00:00.123456000Z"));
    assertEquals(new FieldError("created_at_lte",
            "'2024-05-01T10:00:00.1234567Z' is more precise than the microseconds times are kept to"),
        errorOf(Field.CREATED_AT, "created_at_lte", "2024-05-01T10:00:00.1234567Z"));
  }

  /** Instant.parse takes a decimal point with no digit after it; RFC 3339 does not. */
  @Test
  void aFractionHasDigits() {
    for (String raw : new String[] {"2026-11-28T13:16:20.Z", "2026-11-28T13:16:20.+01:00"}) {
      assertEquals(new FieldError("created_at_gte",
              "'" + raw + "' is not an RFC 3339 UTC time: a decimal point needs digits after it"),
          errorOf(Field.CREATED_AT, "created_at_gte", raw));
    }
    assertEquals(Instant.parse("2026-11-28T13:16:20.5Z"), Field.CREATED_AT.parse("created_at_gte", "2026-11-28T13:16:20.5Z"));
  }

  /**
   * Numbers are read as the nearest double, as the values they are compared with were written; one too
   * small to tell from 0 is refused rather than read as 0, and -0 is 0.
   */
  @Test
  void numbersAreReadAsTheNearestDouble() {
    assertEquals(200.0, Field.CALORIES.parse("calories_lte", "199.99999999999999"));
    assertEquals(1e45, Field.CALORIES.parse("calories_lte", "1e45"));
    assertEquals(0.0, Field.CALORIES.parse("calories_gte", "0e-400"));
    assertEquals("0.0", Field.CALORIES.parse("calories_gte", "-0").toString());
    assertEquals("0.0", Field.CALORIES.parse("calories_gte", "-0.0e0").toString());
    for (String tiny : new String[] {"1e-400", "-0.00000000000000000001e-999", "0.5e-330"}) {
      assertEquals(new FieldError("calories_gte", "'" + tiny + "' is too small to tell from 0"),
          errorOf(Field.CALORIES, "calories_gte", tiny));
    }
    assertEquals(new FieldError("calories_lte", "'1e400' is out of range"), errorOf(Field.CALORIES, "calories_lte", "1e400"));
    assertEquals(new FieldError("calories_lte", "'123456789012345678901' is not a decimal number of at most 20 digits"
            + " before and 20 after the point, with an exponent of at most 3 digits"),
        errorOf(Field.CALORIES, "calories_lte", "123456789012345678901"));
  }

  /** Instant.parse reads 24:00:00 as the next day's midnight; RFC 3339's hours end at 23. */
  @Test
  void theHourIsAtMost23() {
    for (String raw : new String[] {"2026-11-27T24:00:00Z", "2026-11-27t24:00:00z", "2026-11-27T24:00:00+01:00"}) {
      assertEquals(new FieldError("created_at_lte", "'" + raw + "' is not an RFC 3339 UTC time: hours run from 00 to 23"),
          errorOf(Field.CREATED_AT, "created_at_lte", raw));
    }
    assertEquals(Instant.parse("2026-11-27T23:59:59Z"), Field.CREATED_AT.parse("created_at_lte", "2026-11-27T23:59:59Z"));
  }

  /** Instant.parse reads signed years of up to nine digits; PostgreSQL's times end in 294276. */
  @Test
  void timesAreWithinTheFourDigitYears() {
    assertEquals(Instant.parse("0000-01-01T00:00:00Z"),
        Field.CREATED_AT.parse("created_at_gte", "0000-01-01T00:00:00Z"));
    assertEquals(Instant.parse("9999-12-31T23:59:59.999999Z"),
        Field.CREATED_AT.parse("created_at_gte", "9999-12-31T23:59:59.999999Z"));
    for (String far : new String[] {"+999999999-12-31T23:59:59Z", "+294277-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
        "-0001-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z"}) {
      assertEquals(new FieldError("updated_at_gte",
              "'" + far + "' is not an RFC 3339 UTC time in the years 0000 to 9999"),
          errorOf(Field.UPDATED_AT, "updated_at_gte", far));
    }
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
  void everythingButIdsAndFlagsIsSortable() {
    List<Field> unsortable = Arrays.stream(Field.values()).filter(f -> !f.sortable()).toList();
    assertEquals(List.of(Field.ID, Field.IS_FOOD, Field.DISCARDED), unsortable);
  }

  @ParameterizedTest
  @EnumSource(Nutrient.class)
  void everyNutrientIsANullableNumberFieldUnderItsOwnKey(Nutrient nutrient) {
    Field field = Field.fromKey(nutrient.key()).orElseThrow();
    assertEquals(Optional.of(nutrient), field.nutrient());
    assertEquals(Field.Type.NUMBER, field.type());
    assertTrue(field.nullable());
    assertEquals(EnumSet.of(Operator.AT_LEAST, Operator.AT_MOST), field.operators());
  }

  @Test
  void operatorsFollowTheType() {
    assertEquals(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.NOT_IN, Operator.CONTAINS),
        Field.NAME.operators());
    assertEquals(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.NOT_IN), Field.BRAND.operators());
    assertEquals(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.NOT_IN), Field.ID.operators());
    assertEquals(EnumSet.of(Operator.EQUALS), Field.IS_FOOD.operators());
    assertEquals(EnumSet.of(Operator.EQUALS), Field.DISCARDED.operators());
    assertEquals(EnumSet.of(Operator.AT_LEAST, Operator.AT_MOST), Field.UPDATED_AT.operators());
  }

  @Test
  void onlyRequiredAttributesAreNotNullable() {
    List<Field> required = Arrays.stream(Field.values()).filter(f -> !f.nullable()).toList();
    assertEquals(List.of(Field.ID, Field.NAME, Field.IS_FOOD, Field.SOURCE, Field.CREATED_AT, Field.UPDATED_AT,
        Field.DISCARDED), required);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "200", "12.5", "-1", "1e3", "0.000001"})
  void numberValues(String raw) {
    assertEquals(Double.parseDouble(raw), Field.CALORIES.parse("calories_lte", raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "NaN", "Infinity", "1e999", "0x10", "1,5", " 1"})
  void badNumbersNameTheKey(String raw) {
    assertEquals("protein_gte", errorOf(Field.PROTEIN, "protein_gte", raw).field());
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
    assertEquals(0.1 + 0.2, Field.SODIUM.parse("cursor", Field.SODIUM.format(0.1 + 0.2)));
  }
}
