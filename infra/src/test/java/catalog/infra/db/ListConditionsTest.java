package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.domain.listing.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of filters: no join, NULLs kept by negations only where a value may be missing, LIKE escaped. */
class ListConditionsTest {

  private static Clause condition(String key, String... values) {
    return ListConditions.condition(Filter.parse(key, List.of(values)));
  }

  @Test
  void equalityIsPlainForOneValueAndAnyForMore() {
    assertEquals("p.barcode = ?", condition("barcode", "1").sql());
    assertEquals("p.barcode = ANY(?)", condition("barcode", "1", "2").sql());
  }

  @Test
  void negationsKeepNullsOnlyWhereThereCanBeNone() {
    assertEquals("(p.barcode IS NULL OR p.barcode <> ALL(?))", condition("barcode_ne", "1").sql());
    assertEquals("p.name <> ALL(?)", condition("name_not_in", "a", "b").sql());
    assertEquals("p.id <> ALL(?)", condition("id_ne", "00000000-0000-0000-0000-000000000001").sql());
  }

  @Test
  void classificationsMatchNamesThroughTheirOwnTableWithoutAJoin() {
    String named = "SELECT id FROM brand WHERE lower(name) = ANY(ARRAY(SELECT lower(n) FROM unnest(?::text[]) AS n))";
    assertEquals("p.brand_id = ANY(ARRAY(" + named + "))", condition("brand", "Acme").sql());
    assertEquals("(p.brand_id IS NULL OR p.brand_id <> ALL(ARRAY(" + named + ")))",
        condition("brand_not_in", "Acme", "Zed").sql());
    assertEquals("p.source_id <> ALL(ARRAY(" + named.replace("brand", "source") + "))",
        condition("source_ne", "tbca").sql());
    assertEquals(List.of("ACME", "Zed"), condition("brand", "ACME", "Zed").values().getFirst().value(),
        "as given: lower() folds them, as it folds the names");
  }

  @Test
  void rangesOnTimesAndNutrients() {
    assertEquals("p.nf_calories <= ?", condition("calories_lte", "200").sql());
    assertEquals("p.nf_vitamin_c >= ?", condition("vitamin_c_gte", "1.5").sql());
    assertEquals("p.created_at >= ?", condition("created_at_gte", "2024-01-01T00:00:00Z").sql());
  }

  @Test
  void nameLikeIsAFoldedEscapedContains() {
    Clause like = condition("name_like", "Açaí 100%_x\\");
    assertEquals("p.name_folded LIKE ? ESCAPE '\\'", like.sql());
    assertEquals("%acai 100\\%\\_x\\\\%", like.values().getFirst().value());
  }

  @Test
  void whereHidesDiscardedUnlessAskedNotTo() {
    assertEquals(" WHERE NOT p.discarded AND p.nf_calories <= ?",
        ListConditions.where(List.of(Filter.parse("calories_lte", List.of("1"))), true).sql());
    assertEquals("", ListConditions.where(List.of(), false).sql());
  }
}
