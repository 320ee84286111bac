package catalog.domain.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.product.ProductView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryProductReadsTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private final InMemoryProducts products = new InMemoryProducts();
  private final InMemoryClassifications classifications = new InMemoryClassifications();
  private final InMemoryProductReads reads = new InMemoryProductReads(products, classifications);
  private final Classification tbca = classification(Kind.SOURCE, "TBCA");
  private final Classification nestle = classification(Kind.BRAND, "Nestlé");
  private final Classification danone = classification(Kind.BRAND, "Danone");

  private Classification classification(Kind kind, String name) {
    Classification c = Classification.create(kind, new ClassificationName(name), T0);
    classifications.add(c);
    return c;
  }

  private Product product(String name, Classification brand, int minute) {
    Product p = Product.create(new ProductFields(name, null, !name.equals("Water"),
        Map.of(Kind.SOURCE, tbca.id(), Kind.BRAND, brand.id()), null, null, null, null, null, null),
        T0.plusSeconds(60L * minute));
    products.add(p);
    return p;
  }

  private static ProductQuery query(List<Filter> filters, String sort, int limit) {
    return new ProductQuery(filters, List.of(SortKey.parse(sort)), limit, null, true);
  }

  private static List<String> names(ProductPage page) {
    return page.items().stream().map(v -> v.fields().name()).toList();
  }

  @Test
  void findResolvesClassificationNamesEvenOfDiscardedOnes() {
    Product milk = product("Milk", nestle, 0);
    classifications.update(nestle.discard(T0));
    ProductView view = reads.find(milk.id()).orElseThrow();
    assertEquals(new ClassificationRef(tbca.id(), "TBCA"), view.classification(Kind.SOURCE));
    assertEquals("Nestlé", view.classification(Kind.BRAND).name());
    assertEquals(milk.version(), view.version());
  }

  @Test
  void filtersAreEqualityOrInOnClassificationNamesAndFields() {
    product("Milk", nestle, 0);
    product("Yogurt", danone, 1);
    product("Water", nestle, 2);
    Filter nestleOnly = new Filter(Field.BRAND, List.of("Nestlé"));
    assertEquals(List.of("Milk", "Water"), names(reads.list(query(List.of(nestleOnly), "name", 10))));
    Filter food = new Filter(Field.IS_FOOD, List.of(true));
    assertEquals(List.of("Milk"), names(reads.list(query(List.of(nestleOnly, food), "name", 10))));
    Filter either = new Filter(Field.BRAND, List.of("Nestlé", "Danone"));
    assertEquals(3L, reads.list(query(List.of(either), "name", 10)).total());
  }

  @Test
  void discardedAreHiddenUnlessAskedFor() {
    Product gone = product("Gone", nestle, 0);
    product("Kept", nestle, 1);
    products.update(gone.discard(T0));
    assertEquals(List.of("Kept"), names(reads.list(query(List.of(), "name", 10))));
    Filter discarded = new Filter(Field.DISCARDED, List.of(true));
    assertEquals(List.of("Gone"), names(reads.list(query(List.of(discarded), "name", 10))));
  }

  @Test
  void pagesFollowEachOtherByKeysetWithoutGapsOrRepeats() {
    for (int i = 0; i < 7; i++) {
      product("Same name", i % 2 == 0 ? nestle : danone, i);
    }
    product("Another", nestle, 9);
    ProductQuery q = query(List.of(), "-name", 3);
    List<UUID> seen = new ArrayList<>();
    ProductPage page = reads.list(q);
    seen.addAll(page.items().stream().map(ProductView::id).toList());
    while (page.next() != null) {
      page = reads.list(q.withAfter(page.next()));
      seen.addAll(page.items().stream().map(ProductView::id).toList());
    }
    assertEquals(8, seen.size());
    assertEquals(8, seen.stream().distinct().count());
    assertEquals("Another", reads.find(seen.getLast()).orElseThrow().fields().name());
    assertEquals(8L, page.total());
  }

  @Test
  void lastPageHasNoNextAndTiesAreBrokenById() {
    Product a = product("Milk", nestle, 0);
    Product b = product("Milk", danone, 0);
    ProductPage page = reads.list(query(List.of(), "created_at", 2));
    assertNull(page.next());
    List<UUID> expected = a.id().toString().compareTo(b.id().toString()) < 0
        ? List.of(a.id(), b.id()) : List.of(b.id(), a.id());
    assertEquals(expected, page.items().stream().map(ProductView::id).toList());
  }
}
