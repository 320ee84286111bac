package catalog.domain.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Filter;
import catalog.domain.listing.FilterOptions;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Nutrient;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.product.ProductView;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake's operators, nulls-last sorts and paging, search and filter options. */
class InMemoryProductReadsQueryTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private final InMemoryProducts products = new InMemoryProducts();
  private final InMemoryClassifications classifications = new InMemoryClassifications();
  private final InMemoryProductReads reads = new InMemoryProductReads(products, classifications);
  private final Classification tbca = classification(Kind.SOURCE, "TBCA");
  private final Classification manual = classification(Kind.SOURCE, "Manual");
  private final Classification other = classification(Kind.SOURCE, "Other");

  private Classification classification(Kind kind, String name) {
    Classification c = Classification.create(kind, new ClassificationName(name), T0);
    classifications.add(c);
    return c;
  }

  private Product product(String name, Classification source, Map<Kind, Classification> more, Double calories,
      int minute) {
    Map<Kind, UUID> refs = new EnumMap<>(Kind.class);
    refs.put(Kind.SOURCE, source.id());
    more.forEach((k, c) -> refs.put(k, c.id()));
    NutriFacts facts = calories == null ? NutriFacts.NONE : new NutriFacts(Map.of(Nutrient.CALORIES, calories));
    Product p = Product.create(new ProductFields(name, null, true, refs, facts, null, null, null, null, null),
        T0.plusSeconds(60L * minute));
    products.add(p);
    return p;
  }

  private List<String> names(String sort, Filter... filters) {
    ProductPage page = reads.list(new ProductQuery(List.of(filters), sort(sort), 200, null, false));
    return page.items().stream().map(v -> v.fields().name()).toList();
  }

  private static List<SortKey> sort(String sort) {
    return Arrays.stream(sort.split(",")).map(SortKey::parse).toList();
  }

  private static Filter f(String key, String... values) {
    return Filter.parse(key, List.of(values));
  }

  @Test
  void negationsKeepProductsWithoutAValue() {
    Classification acme = classification(Kind.BRAND, "Acme");
    Classification zed = classification(Kind.BRAND, "Zed");
    product("A", tbca, Map.of(Kind.BRAND, acme), null, 0);
    product("B", tbca, Map.of(Kind.BRAND, zed), null, 1);
    product("C", tbca, Map.of(), null, 2);
    assertEquals(List.of("B", "C"), names("name", f("brand_ne", "ACME")));
    assertEquals(List.of("C"), names("name", f("brand_not_in", "acme", "zed")));
    assertEquals(List.of("A", "B"), names("name", f("brand", "acme", "zed")));
  }

  @Test
  void rangesLeaveOutProductsWithoutAValue() {
    product("Low", tbca, Map.of(), 50.0, 0);
    product("Edge", tbca, Map.of(), 200.0, 1);
    product("High", tbca, Map.of(), 300.0, 2);
    product("Unknown", tbca, Map.of(), null, 3);
    assertEquals(List.of("Edge", "Low"), names("name", f("calories_lte", "200")));
    assertEquals(List.of("Edge", "High"), names("name", f("calories_gte", "200")));
    assertEquals(List.of("Edge"), names("name", f("calories_gte", "100"), f("calories_lte", "200")));
    assertEquals(List.of("Edge", "High", "Unknown"), names("name", f("created_at_gte", "2024-05-01T10:01:00Z")));
  }

  @Test
  void nameLikeIgnoresCaseAndAccentsAndTakesWildcardsLiterally() {
    product("Pão de Açúcar", tbca, Map.of(), null, 0);
    product("100% juice", tbca, Map.of(), null, 1);
    product("1000 juice", tbca, Map.of(), null, 2);
    assertEquals(List.of("Pão de Açúcar"), names("name", f("name_like", "ACUCAR")));
    assertEquals(List.of("100% juice"), names("name", f("name_like", "0%")));
    assertEquals(List.of(), names("name", f("name_like", "1_0")));
  }

  @Test
  void nullsSortLastInBothDirectionsAndSourcesByTheirOrder() {
    product("x", other, Map.of(), 10.0, 0);
    product("y", manual, Map.of(), null, 1);
    product("z", tbca, Map.of(), 20.0, 2);
    assertEquals(List.of("x", "z", "y"), names("calories"));
    assertEquals(List.of("z", "x", "y"), names("-calories"));
    assertEquals(List.of("y", "z", "x"), names("source"));
    assertEquals(List.of("x", "z", "y"), names("-source"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"calories", "-calories", "brand,-name", "-brand,calories", "source,-calories"})
  void pagingThroughNullsVisitsEveryProductOnce(String sort) {
    Classification acme = classification(Kind.BRAND, "Acme");
    for (int i = 0; i < 11; i++) {
      product("P" + (i % 4), i % 3 == 0 ? tbca : other, i % 2 == 0 ? Map.of(Kind.BRAND, acme) : Map.of(),
          i % 3 == 1 ? null : (double) (i % 5), i);
    }
    ProductQuery q = new ProductQuery(List.of(), sort(sort), 2, null, false);
    List<ProductView> seen = new ArrayList<>();
    ProductPage page = reads.list(q);
    seen.addAll(page.items());
    while (page.next() != null) {
      page = reads.list(q.withAfter(page.next()));
      seen.addAll(page.items());
    }
    assertEquals(11, seen.stream().map(ProductView::id).distinct().count());
    assertEquals(reads.list(new ProductQuery(List.of(), sort(sort), 200, null, false)).items(), seen);
  }

  @Test
  void searchRanksWholeWordsThenFirstWordsThenSimilarity() {
    product("Amaranth seed, black", tbca, Map.of(), null, 0);
    product("Amaranth leaves", tbca, Map.of(), null, 1);
    product("Seed mix with amaranth", tbca, Map.of(), null, 2);
    product("Rice flakes", tbca, Map.of(), null, 3);
    SearchResult typo = reads.search(SearchQuery.of("amaranht seed", 10));
    assertEquals("Amaranth seed, black", typo.hits().getFirst().product().fields().name());
    assertEquals("amaranth seed", typo.corrected());
    assertEquals(null, reads.search(SearchQuery.of("Amaranth seed", 10)).corrected());
    List<SearchHit> word = reads.search(SearchQuery.of("Amaranth", 10)).hits();
    assertEquals(List.of("Amaranth leaves", "Amaranth seed, black", "Seed mix with amaranth"),
        word.stream().map(h -> h.product().fields().name()).toList());
    assertTrue(word.getFirst().similarity() > word.get(1).similarity());
  }

  @Test
  void filterOptionsCascade() {
    Classification dairy = classification(Kind.PARENT_CATEGORY, "Dairy");
    Classification bakery = classification(Kind.PARENT_CATEGORY, "Bakery");
    Classification cheese = classification(Kind.CATEGORY, "Cheese");
    Classification bread = classification(Kind.CATEGORY, "Bread");
    Classification acme = classification(Kind.BRAND, "acme");
    Classification zed = classification(Kind.BRAND, "Zed");
    product("Brie", tbca, Map.of(Kind.PARENT_CATEGORY, dairy, Kind.CATEGORY, cheese, Kind.BRAND, zed), null, 0);
    product("Loaf", tbca, Map.of(Kind.PARENT_CATEGORY, bakery, Kind.CATEGORY, bread, Kind.BRAND, acme), null, 1);
    Product gone = product("Gone", tbca, Map.of(Kind.PARENT_CATEGORY, dairy, Kind.CATEGORY, cheese,
        Kind.BRAND, classification(Kind.BRAND, "Gone brand")), null, 2);
    products.update(gone.discard(T0));
    assertEquals(new FilterOptions(List.of("Bakery", "Dairy"), List.of("Bread", "Cheese"), List.of("acme", "Zed")),
        reads.filterOptions(List.of()));
    assertEquals(new FilterOptions(List.of("Bakery", "Dairy"), List.of("Cheese"), List.of("Zed")),
        reads.filterOptions(List.of(f("parent_category", "dairy"))));
    assertEquals(new FilterOptions(List.of("Bakery", "Dairy"), List.of("Bread", "Cheese"), List.of("acme")),
        reads.filterOptions(List.of(f("category", "Bread"), f("brand", "Zed"))));
  }
}
