package catalog.domain.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KindTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void eachKindIsFoundByItsKeyAndItsPlural(Kind kind) {
    assertEquals(Optional.of(kind), Kind.fromKey(kind.key()));
    assertEquals(Optional.of(kind), Kind.fromPlural(kind.plural()));
    assertEquals(kind.key() + "_id", kind.idField());
  }

  @Test
  void namesFollowTheContract() {
    assertEquals("food_group", Kind.FOOD_GROUP.key());
    assertEquals("food-groups", Kind.FOOD_GROUP.plural());
    assertEquals("parent_category_id", Kind.PARENT_CATEGORY.idField());
    assertEquals("categories", Kind.CATEGORY.plural());
  }

  @Test
  void keysAndPluralsAreNotInterchangeableAndAreCaseSensitive() {
    assertEquals(Optional.empty(), Kind.fromKey("food-groups"));
    assertEquals(Optional.empty(), Kind.fromPlural("food_group"));
    assertEquals(Optional.empty(), Kind.fromKey("Source"));
    assertEquals(Optional.empty(), Kind.fromPlural("products"));
  }
}
