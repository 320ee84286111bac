package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.classification.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterOptionsTest {
  private final Filter parent = Filter.parse("parent_category", List.of("Dairy"));
  private final Filter category = Filter.parse("category_not_in", List.of("Cheese"));
  private final Filter brand = Filter.parse("brand", List.of("Acme"));
  private final Filter source = Filter.parse("source", List.of("tbca"));
  private final Filter calories = Filter.parse("calories_lte", List.of("200"));
  private final List<Filter> all = List.of(parent, category, brand, source, calories);

  @Test
  void parentCategoriesIgnoreTheWholeCascade() {
    assertEquals(List.of(source, calories), FilterOptions.narrowing(Kind.PARENT_CATEGORY, all));
  }

  @Test
  void categoriesFollowTheChosenParentCategories() {
    assertEquals(List.of(parent, source, calories), FilterOptions.narrowing(Kind.CATEGORY, all));
  }

  @Test
  void brandsFollowTheChosenCategoriesAndParents() {
    assertEquals(List.of(parent, category, source, calories), FilterOptions.narrowing(Kind.BRAND, all));
  }

  @Test
  void otherKindsAreNoLevel() {
    assertThrows(IllegalArgumentException.class, () -> FilterOptions.narrowing(Kind.SOURCE, all));
  }

  @Test
  void optionsOfALevel() {
    FilterOptions options = new FilterOptions(List.of("a"), List.of("b"), List.of("c"));
    assertEquals(List.of("a"), options.of(Kind.PARENT_CATEGORY));
    assertEquals(List.of("b"), options.of(Kind.CATEGORY));
    assertEquals(List.of("c"), options.of(Kind.BRAND));
  }
}
