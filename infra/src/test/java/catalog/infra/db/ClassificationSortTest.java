package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.Operator;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which queries the classification statement answers, and the shape of its SQL. */
class ClassificationSortTest {
  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Clause LIVE = Clause.of("NOT p.discarded");

  private static ProductQuery query(String sort, List<Filter> filters) {
    return new ProductQuery(filters, Arrays.stream(sort.split(",")).map(SortKey::parse).toList(), 50, null, false);
  }

  @Test
  void servesOneClassificationKeyOverTheLiveCatalog() {
    assertTrue(ClassificationSort.serves(query("-brand", List.of())));
    assertTrue(ClassificationSort.serves(query("source", List.of())));
    Filter discarded = new Filter(Field.DISCARDED, Operator.EQUALS, List.of(true));
    assertFalse(ClassificationSort.serves(query("source", List.of(discarded))), "discarded products");
    assertFalse(ClassificationSort.serves(query("brand,name", List.of())), "a second key");
    assertFalse(ClassificationSort.serves(query("name", List.of())), "not a classification");
    Filter food = new Filter(Field.IS_FOOD, Operator.EQUALS, List.of(true));
    assertFalse(ClassificationSort.serves(query("brand", List.of(food))), "a filter");
  }

  @Test
  void readsEachClassificationsProductsThroughItsIndexThenTheProductsWithoutOne() {
    Clause first = ClassificationSort.pageIds(SortKey.parse("brand"), LIVE, null, 51);
    assertTrue(first.sql().contains("FROM brand c ORDER BY name ASC) c CROSS JOIN LATERAL (SELECT p.id FROM product p"
        + " WHERE p.brand_id = c.id AND NOT p.discarded ORDER BY p.id ASC LIMIT 51)"), first.sql());
    assertTrue(first.sql().contains(" UNION ALL (SELECT p.id, NULL::text AS sk0 FROM product p WHERE p.brand_id IS NULL"
        + " AND NOT p.discarded ORDER BY p.brand_id ASC, p.id ASC LIMIT 51)"), first.sql());
    assertEquals(0, first.values().size());
  }

  @Test
  void afterANameTheKeysetsOwnClassificationStartsAfterItsId() {
    Clause next = ClassificationSort.pageIds(SortKey.parse("-brand"), LIVE, new Keyset(List.of("acme"), ID), 51);
    assertTrue(next.sql().contains("WHERE lower(c.name) <= ?"), next.sql());
    assertTrue(next.sql().contains("AND p.id <= CASE WHEN c.name = ? THEN ?::uuid ELSE"), next.sql());
    assertTrue(next.sql().endsWith("ORDER BY sk0 DESC NULLS LAST, id DESC LIMIT 51"), next.sql());
    assertEquals(List.of("acme", "acme", ID, "acme", ID), next.values().stream().map(Clause.Bound::value).toList());
  }

  @Test
  void afterAProductWithoutOneOnlyTheRestOfThoseFollow() {
    Keyset amongThose = new Keyset(Arrays.asList((Object) null), ID);
    Clause next = ClassificationSort.pageIds(SortKey.parse("category"), LIVE, amongThose, 51);
    assertFalse(next.sql().contains("LATERAL"), next.sql());
    assertTrue(next.sql().contains("p.category_id IS NULL AND NOT p.discarded AND p.id > ?"), next.sql());
  }

  @Test
  void sourcesGoByRankThenNameAndAllHaveOne() {
    Clause next = ClassificationSort.pageIds(SortKey.parse("source"), LIVE, new Keyset(List.of("tbca"), ID), 51);
    assertTrue(next.sql().contains("CASE ?::text WHEN 'manual' THEN 0"), next.sql());
    assertFalse(next.sql().contains("IS NULL"), next.sql());
    assertTrue(next.sql().endsWith("ORDER BY sk0 ASC, sk1 ASC, id ASC LIMIT 51"), next.sql());
  }
}
