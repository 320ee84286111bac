package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Operator;
import catalog.domain.listing.ProductQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list whose filters and sort an index can answer chooses its ids first and reads those rows after;
 * one that filters on a nutrient, which no index holds, while walking a keyset index reads its rows in
 * one statement; one that sorts every matching row keeps the narrow inner statement.
 */
class PageStatementTest {
  private static final String READ_AFTER = ") k JOIN product p ON p.id = k.id";

  @Test
  void aBrandListChoosesItsIdsFirst() {
    assertTrue(sql(List.of(Queries.filter(Field.BRAND, "Aurora")), "-updated_at").contains(READ_AFTER));
    assertTrue(sql(List.of(Queries.filter(Field.NAME, "Rice")), "name").contains(READ_AFTER));
    assertTrue(sql(List.of(), "brand").contains(READ_AFTER), "a whole-catalog classification sort");
  }

  @Test
  void aNutrientFilterOrSortReadsItsRowsInOneStatement() {
    String calories = sql(List.of(new Filter(Field.CALORIES, Operator.AT_MOST, List.of(200.0))), "name");
    assertFalse(calories.contains(READ_AFTER), calories);
    assertTrue(calories.startsWith("SELECT " + ProductViews.COLUMNS + ", "), calories);
    assertTrue(calories.contains(ProductViews.NAMES_GENERATION), calories);
    assertFalse(sql(List.of(new Filter(Field.PROTEIN, Operator.AT_LEAST, List.of(10.0))), "-created_at")
        .contains(READ_AFTER));
  }

  @Test
  void aQueryThatSortsEveryMatchingRowKeepsTheNarrowInnerStatement() {
    Filter calories = new Filter(Field.CALORIES, Operator.AT_MOST, List.of(200.0));
    assertTrue(sql(List.of(), "-protein").contains(READ_AFTER), "a nutrient sort");
    assertTrue(sql(List.of(calories), "calories").contains(READ_AFTER), "a nutrient sort");
    assertTrue(sql(List.of(calories), "brand").contains(READ_AFTER), "a classification sort");
    assertTrue(sql(List.of(calories), "name,-created_at").contains(READ_AFTER), "two keys");
    assertTrue(sql(List.of(calories, Queries.filter(Field.DISCARDED, true)), "name").contains(READ_AFTER),
        "discarded products, which the keyset indexes leave out");
  }

  private static String sql(List<Filter> filters, String sort) {
    ProductQuery query = Queries.query(filters, sort, 50, false);
    return JdbcProductReads.page(query, new SortTerms(query.sort())).sql();
  }
}
