package catalog.infra.db;

import static catalog.infra.db.Queries.filter;
import static catalog.infra.db.Queries.page;
import static catalog.infra.db.Queries.query;
import static catalog.infra.db.Queries.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.SortKey;
import catalog.domain.product.Product;
import catalog.domain.product.ProductView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sorting and keyset paging over 20 products of one source whose names and timestamps repeat, so
 * that ties (broken by id, in the first key's direction) decide much of the order.
 */
class ProductReadsSortIT {
  private static final Instant T0 = Instant.parse("2024-02-01T08:00:00Z");
  private static final List<String> NAMES = List.of(
      "Delta", "Alpha", "Charlie", "Bravo", "Alpha", "Echo", "Bravo", "Delta", "Alpha", "Foxtrot");
  private static final int ROWS = 20;

  private static Database database;
  private static Filter ownSource;
  private static final List<Product> live = new ArrayList<>();

  @BeforeAll
  static void seed() {
    database = Databases.open();
    Classification source = TestData.classification(database, Kind.SOURCE, TestData.unique("sort"));
    ownSource = filter(Field.SOURCE, source.name().value());
    for (int i = 0; i < ROWS; i++) {
      Instant created = T0.plus(Duration.ofHours(i % 4));
      Instant updated = T0.plus(Duration.ofDays(1 + i % 3)).plusNanos(1000L * (i % 2));
      live.add(TestData.product(database, TestData.fields(NAMES.get(i % NAMES.size()), null, source.id()), created, updated));
    }
    TestData.discarded(database, TestData.product(database, TestData.fields("Alpha", null, source.id()), T0, T0));
    TestData.discarded(database, TestData.product(database, TestData.fields("Zulu", null, source.id()), T0, T0));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "-name", "created_at", "-created_at", "updated_at", "-updated_at",
      "-created_at,name", "name,-created_at", "updated_at,-name", "-updated_at,created_at,-name"})
  void oneSortedPageHasEveryRowInSortOrder(String sort) {
    ProductPage page = page(database, query(List.of(ownSource), sort, 200, false));
    assertEquals(expected(sort), ids(page.items()));
    assertNull(page.next());
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "-name", "created_at", "-created_at", "updated_at", "-updated_at",
      "-created_at,name", "name,-created_at", "updated_at,-name", "-updated_at,created_at,-name"})
  void keysetPagingOfThreeWalksEveryRowExactlyOnceInOrder(String sort) {
    List<ProductPage> pages = walk(database, query(List.of(ownSource), sort, 3, true));

    List<UUID> seen = new ArrayList<>();
    for (ProductPage page : pages) {
      seen.addAll(ids(page.items()));
      assertEquals(20L, page.total());
    }
    assertEquals(expected(sort), seen);
    assertEquals(ROWS, new HashSet<>(seen).size());
    assertEquals(7, pages.size());
    for (ProductPage page : pages.subList(0, 6)) {
      assertEquals(3, page.items().size());
    }
    assertEquals(2, pages.get(6).items().size());
  }

  @Test
  void aLimitThatDividesTheRowsEndsWithoutAnEmptyPage() {
    List<ProductPage> pages = walk(database, query(List.of(ownSource), "name", 5, false));
    assertEquals(4, pages.size());
    assertEquals(5, pages.get(3).items().size());
  }

  @Test
  void keysetPagingIsStableUnderInserts() {
    Classification source = TestData.classification(database, Kind.SOURCE, TestData.unique("inserts"));
    Filter filter = filter(Field.SOURCE, source.name().value());
    List<UUID> before = new ArrayList<>();
    for (String name : List.of("Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf")) {
      before.add(TestData.product(database, TestData.fields(name, null, source.id())).id());
    }

    ProductPage first = page(database, query(List.of(filter), "name", 3, false));
    UUID earlier = TestData.product(database, TestData.fields("Alpha", null, source.id())).id();
    UUID later = TestData.product(database, TestData.fields("Hotel", null, source.id())).id();
    List<ProductPage> rest = walk(database, query(List.of(filter), "name", 3, false).withAfter(first.next()));

    List<UUID> seen = new ArrayList<>(ids(first.items()));
    rest.forEach(p -> seen.addAll(ids(p.items())));
    List<UUID> wanted = new ArrayList<>(before);
    wanted.add(later);
    assertEquals(wanted, seen);
    assertFalse(seen.contains(earlier));
  }

  /** The 20 live rows in the order the sort asks for, ties broken by id in the first key's direction. */
  private static List<UUID> expected(String sort) {
    List<SortKey> keys = Queries.sort(sort);
    Comparator<Product> order = null;
    for (SortKey key : keys) {
      Comparator<Product> byKey = switch (key.field()) {
        case NAME -> Comparator.comparing(p -> p.fields().name());
        case CREATED_AT -> Comparator.comparing(Product::createdAt);
        case UPDATED_AT -> Comparator.comparing(Product::updatedAt);
        default -> throw new IllegalArgumentException(key.toString());
      };
      byKey = key.descending() ? byKey.reversed() : byKey;
      order = order == null ? byKey : order.thenComparing(byKey);
    }
    // PostgreSQL orders uuids bytewise, which is the order of their lower-case text.
    Comparator<Product> byId = Comparator.comparing(p -> p.id().toString());
    order = order.thenComparing(keys.get(0).descending() ? byId.reversed() : byId);
    return live.stream().sorted(order).map(Product::id).toList();
  }

  private static List<UUID> ids(List<ProductView> views) {
    return views.stream().map(ProductView::id).toList();
  }
}
