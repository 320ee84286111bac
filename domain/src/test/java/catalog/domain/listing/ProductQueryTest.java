package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductQueryTest {
  private static final List<SortKey> BY_NAME = ProductQuery.DEFAULT_SORT;

  private static ProductQuery query(List<Filter> filters, List<SortKey> sort, int limit, Keyset after) {
    return new ProductQuery(filters, sort, limit, after, false);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, ProductQuery.DEFAULT_LIMIT, ProductQuery.MAX_LIMIT})
  void limitFromOneToMax(int limit) {
    assertEquals(limit, query(List.of(), BY_NAME, limit, null).limit());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, ProductQuery.MAX_LIMIT + 1})
  void limitOutOfRangeNamesLimit(int limit) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> query(List.of(), BY_NAME, limit, null));
    assertEquals(List.of(new FieldError("limit", "must be from 1 to 200")), e.errors());
  }

  @Test
  void aKeyMayAppearOnceWhateverItsDirection() {
    List<SortKey> twice = List.of(SortKey.parse("name"), SortKey.parse("-name"));
    InvalidInput e = assertThrows(InvalidInput.class, () -> query(List.of(), twice, 10, null));
    assertEquals(List.of(new FieldError("sort", "names a key more than once")), e.errors());
  }

  @Test
  void cursorMustHaveOneValuePerSortKey() {
    Keyset twoValues = new Keyset(List.of("Milk", "2024-05-01T10:00:00Z"), UUID.randomUUID());
    InvalidInput e = assertThrows(InvalidInput.class, () -> query(List.of(), BY_NAME, 10, twoValues));
    assertEquals(List.of(new FieldError("cursor", "does not belong to this sort")), e.errors());
    Keyset oneValue = new Keyset(List.of("Milk"), UUID.randomUUID());
    assertEquals(oneValue, query(List.of(), BY_NAME, 10, null).withAfter(oneValue).after());
  }

  @Test
  void discardedAreHiddenUnlessFilteredOn() {
    Filter brand = new Filter(Field.BRAND, List.of("Nestlé"));
    assertTrue(query(List.of(brand), BY_NAME, 10, null).hidesDiscarded());
    Filter discarded = new Filter(Field.DISCARDED, List.of(true));
    assertFalse(query(List.of(brand, discarded), BY_NAME, 10, null).hidesDiscarded());
  }

  @Test
  void listsAreCopied() {
    List<Filter> filters = new ArrayList<>(List.of(new Filter(Field.IS_FOOD, List.of(true))));
    ProductQuery q = query(filters, BY_NAME, 10, null);
    filters.clear();
    assertEquals(1, q.filters().size());
  }

  @Test
  void filterNeedsAValue() {
    assertThrows(IllegalArgumentException.class, () -> new Filter(Field.BRAND, List.of()));
  }
}
