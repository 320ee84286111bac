package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterTest {

  private static FieldError errorOf(String key, String... raw) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> Filter.parse(key, List.of(raw)));
    assertEquals(1, e.errors().size());
    return e.errors().getFirst();
  }

  @ParameterizedTest
  @CsvSource({
      "brand, BRAND, EQUALS",
      "brand_ne, BRAND, NOT_EQUALS",
      "brand_not_in, BRAND, NOT_IN",
      "name_like, NAME, CONTAINS",
      "name_ne, NAME, NOT_EQUALS",
      "barcode_not_in, BARCODE, NOT_IN",
      "id_ne, ID, NOT_EQUALS",
      "created_at_gte, CREATED_AT, AT_LEAST",
      "updated_at_lte, UPDATED_AT, AT_MOST",
      "calories_lte, CALORIES, AT_MOST",
      "protein_gte, PROTEIN, AT_LEAST",
      "total_fat_gte, TOTAL_FAT, AT_LEAST",
      "vitamin_a_lte, VITAMIN_A, AT_MOST",
      "parent_category_not_in, PARENT_CATEGORY, NOT_IN",
      "food_group, FOOD_GROUP, EQUALS"})
  void keysNameAFieldAndAnOperator(String key, Field field, Operator operator) {
    String raw = switch (field.type()) {
      case UUID -> UUID.randomUUID().toString();
      case TIME -> "2024-05-01T10:00:00Z";
      case NUMBER -> "10";
      default -> "x";
    };
    Filter filter = Filter.parse(key, List.of(raw));
    assertEquals(field, filter.field());
    assertEquals(operator, filter.operator());
    assertEquals(key, filter.key());
  }

  @Test
  void valuesAreParsedByTheFieldsType() {
    assertEquals(List.of(200.0), Filter.parse("calories_lte", List.of("200")).values());
    assertEquals(List.of(Instant.parse("2024-05-01T10:00:00Z")),
        Filter.parse("created_at_gte", List.of("2024-05-01T10:00:00Z")).values());
  }

  @Test
  void repeatedKeysAreASetOfValues() {
    assertEquals(List.of("a", "b"), Filter.parse("brand", List.of("a", "b", "a")).values());
    assertEquals(List.of("a", "b"), Filter.parse("brand_not_in", List.of("a", "b")).values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"price", "brand_gt", "calories", "calories_ne", "calories_not_in", "brand_gte",
      "name_lte", "barcode_like", "brand_like", "is_food_ne", "discarded_not_in", "created_at", "updated_at_ne",
      "id_gte", "sort_ne", "_ne", "NAME"})
  void misusedOrUnknownKeysAreNamed(String key) {
    FieldError error = errorOf(key, "1");
    assertEquals(key, error.field());
  }

  @Test
  void theMessageSaysWhatTheFieldTakes() {
    assertEquals(new FieldError("brand_gte", "is not a filter: brand takes brand, brand_ne, brand_not_in"),
        errorOf("brand_gte", "x"));
    assertEquals(new FieldError("calories", "is not a filter: calories takes calories_gte, calories_lte"),
        errorOf("calories", "1"));
    assertEquals(new FieldError("price", "is not a known query parameter"), errorOf("price", "1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"brand_ne", "name_like", "calories_gte", "updated_at_lte"})
  void singleValueOperatorsRefuseARepeatedKey(String key) {
    String raw = key.startsWith("updated") ? "2024-05-01T10:00:00Z" : "1";
    String other = key.startsWith("updated") ? "2024-05-02T10:00:00Z" : "2";
    assertEquals(key, errorOf(key, raw, other).field());
  }

  /** The same value twice, or two spellings of one value, is still the key given twice. */
  @ParameterizedTest
  @ValueSource(strings = {"brand_ne|acme|acme", "name_like|tie|tie", "calories_lte|5|5.0",
      "created_at_gte|2024-05-01T10:00:00Z|2024-05-01T10:00:00+00:00"})
  void singleValueOperatorsRefuseARepeatedKeyWithTheSameValue(String given) {
    String[] parts = given.split("\\|");
    assertEquals(parts[0], errorOf(parts[0], parts[1], parts[2]).field());
  }

  @Test
  void neSuggestsNotInForSeveralValues() {
    assertTrue(errorOf("brand_ne", "a", "b").message().contains("brand_not_in"));
  }

  @Test
  void badValuesNameTheKey() {
    assertEquals(new FieldError("calories_lte", "'lots' is not a decimal number of at most 20 digits before and 20"
        + " after the point, with an exponent of at most 3 digits"), errorOf("calories_lte", "lots"));
    assertEquals("id_not_in", errorOf("id_not_in", UUID.randomUUID().toString(), "nope").field());
    assertEquals("name_like", errorOf("name_like", "").field());
  }

  /** name_like compares folded texts: one of accents alone would be empty, and held by every name. */
  @Test
  void nameLikeOfAccentsAloneIsRefused() {
    assertEquals(new FieldError("name_like", "'\u0300' has nothing to match once case and accents are set aside"),
        errorOf("name_like", "\u0300"));
    assertEquals("name_like", errorOf("name_like", "\u0300\u0301").field());
    assertEquals(List.of("e\u0300"), Filter.parse("name_like", List.of("e\u0300")).values());
    assertEquals(List.of(" "), Filter.parse("name_like", List.of(" ")).values());
    assertEquals(List.of("\u0300"), Filter.parse("name", List.of("\u0300")).values(), "name= compares as written");
  }

  @Test
  void constructorChecksTheOperatorToo() {
    InvalidInput e = assertThrows(InvalidInput.class,
        () -> new Filter(Field.BRAND, Operator.AT_LEAST, List.of("x")));
    assertEquals("brand_gte", e.errors().getFirst().field());
    assertThrows(InvalidInput.class, () -> new Filter(Field.CREATED_AT, List.of(Instant.EPOCH)));
  }

  @Test
  void acceptedKeysListEveryFieldWithItsOperators() {
    String keys = Filter.acceptedKeys();
    for (String key : List.of("id", "name_like", "brand_not_in", "calories_lte", "vitamin_c_gte", "created_at_gte",
        "discarded", "is_food")) {
      assertTrue(keys.contains(key), key);
    }
  }
}
