package catalog.infra.db;

import static catalog.infra.db.Queries.filter;
import static catalog.infra.db.Queries.ids;
import static catalog.infra.db.Queries.page;
import static catalog.infra.db.Queries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Operator;
import catalog.domain.listing.ProductPage;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * List filters: equality, IN for several values, classifications by name ignoring case, and
 * discarded products hidden unless asked for. Every query names this class's own source.
 */
class ProductReadsFilterIT {
  private static Database database;
  private static Classification source;
  private static Map<Kind, Classification> first;
  private static Map<Kind, Classification> second;
  private static Product apple;
  private static Product bread;
  private static Product soap;
  private static Product otherApple;
  private static Product cake;
  private static String appleName;

  @BeforeAll
  static void seed() {
    database = Databases.open();
    first = TestData.classificationOfEveryKind(database);
    second = TestData.classificationOfEveryKind(database);
    source = first.get(Kind.SOURCE);
    appleName = TestData.unique("Apple");
    apple = TestData.product(database, fields(appleName, TestData.uniqueBarcode(), true, TestData.ids(first)));
    Map<Kind, UUID> breadRefs = TestData.ids(second);
    breadRefs.put(Kind.SOURCE, source.id());
    bread = TestData.product(database, fields("Bread", TestData.uniqueBarcode(), true, breadRefs));
    soap = TestData.product(database, fields("Soap", null, false,
        Map.of(Kind.SOURCE, source.id(), Kind.BRAND, first.get(Kind.BRAND).id())));
    otherApple = TestData.product(database, fields(appleName, TestData.uniqueBarcode(), true,
        Map.of(Kind.SOURCE, source.id())));
    Map<Kind, UUID> cakeRefs = TestData.ids(first);
    cake = TestData.discarded(database,
        TestData.product(database, fields("Cake", TestData.uniqueBarcode(), true, cakeRefs)));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void sourceAloneGivesItsLiveProducts() {
    assertEquals(set(apple, bread, soap, otherApple), matching());
  }

  @Test
  void sourceNameMatchesIgnoringCase() {
    String name = source.name().value();
    assertEquals(set(apple, bread, soap, otherApple), set(ids(database, filter(Field.SOURCE, name.toUpperCase(Locale.ROOT)))));
    assertEquals(set(apple, bread, soap, otherApple), set(ids(database, filter(Field.SOURCE, name.toLowerCase(Locale.ROOT)))));
  }

  @Test
  void byIdWithSeveralValues() {
    assertEquals(set(apple, soap), matching(filter(Field.ID, apple.id(), soap.id(), UUID.randomUUID())));
  }

  @Test
  void byExactName() {
    assertEquals(set(apple, otherApple), matching(filter(Field.NAME, appleName)));
    assertEquals(set(), matching(filter(Field.NAME, appleName.toUpperCase(Locale.ROOT))));
  }

  @Test
  void byBarcodeWithSeveralValues() {
    assertEquals(set(apple, bread), matching(filter(Field.BARCODE, apple.fields().barcode(), bread.fields().barcode())));
  }

  @Test
  void byIsFood() {
    assertEquals(set(soap), matching(filter(Field.IS_FOOD, false)));
    assertEquals(set(apple, bread, otherApple), matching(filter(Field.IS_FOOD, true)));
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "SOURCE", mode = EnumSource.Mode.EXCLUDE)
  void byClassificationNameIgnoringCase(Kind kind) {
    Field field = Field.fromKey(kind.key()).orElseThrow();
    Set<UUID> withFirst = kind == Kind.BRAND ? set(apple, soap) : set(apple);
    assertEquals(withFirst, matching(filter(field, nameOf(first, kind).toUpperCase(Locale.ROOT))));
    assertEquals(set(bread), matching(filter(field, nameOf(second, kind).toLowerCase(Locale.ROOT))));
  }

  /**
   * A name matches as the database's lower() folds it, the filter's value too: Java's toLowerCase folded
   * "ΣΊΣΥΦΟΣ" to a final sigma and "İstanbul" to two code points, and the filters for those exact names
   * found nothing (and their negations kept them).
   */
  @Test
  void byClassificationNamesThatLowerHoldsApart() {
    String suffix = " " + TestData.unique("x");
    Classification own = TestData.classification(database, Kind.SOURCE, TestData.unique("lower"));
    Filter ofOwn = filter(Field.SOURCE, own.name().value());
    Map<String, Product> products = new LinkedHashMap<>();
    for (String name : List.of("σίσυφος", "ΣΊΣΥΦΟΣ", "i\u0307stanbul", "İstanbul")) {
      UUID brand = TestData.classification(database, Kind.BRAND, name + suffix).id();
      products.put(name, TestData.product(database, fields("Olive", null, true,
          Map.of(Kind.SOURCE, own.id(), Kind.BRAND, brand))));
    }
    Set<UUID> all = set(products.values().toArray(Product[]::new));
    assertEquals(all, set(ids(database, ofOwn)));
    for (Map.Entry<String, Product> entry : products.entrySet()) {
      String name = entry.getKey() + suffix;
      assertEquals(set(entry.getValue()), set(ids(database, ofOwn, filter(Field.BRAND, name))), entry.getKey());
      Set<UUID> others = new HashSet<>(all);
      others.remove(entry.getValue().id());
      assertEquals(others, set(ids(database, ofOwn, new Filter(Field.BRAND, Operator.NOT_EQUALS, List.of(name)))),
          entry.getKey());
    }
    assertEquals(set(products.get("σίσυφος")), set(ids(database, ofOwn, filter(Field.BRAND, "Σίσυφος" + suffix))),
        "ignoring case");
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "SOURCE", mode = EnumSource.Mode.EXCLUDE)
  void byClassificationNameWithSeveralValues(Kind kind) {
    Field field = Field.fromKey(kind.key()).orElseThrow();
    Set<UUID> withEither = kind == Kind.BRAND ? set(apple, bread, soap) : set(apple, bread);
    assertEquals(withEither, matching(filter(field, nameOf(first, kind), nameOf(second, kind).toUpperCase(Locale.ROOT))));
  }

  @Test
  void byTimestamps() {
    Filter both = filter(Field.ID, apple.id(), bread.id());
    assertEquals(set(apple), matching(both, range(Field.CREATED_AT, Operator.AT_LEAST, apple.createdAt()),
        range(Field.CREATED_AT, Operator.AT_MOST, apple.createdAt())));
    assertEquals(set(bread), matching(both, range(Field.UPDATED_AT, Operator.AT_LEAST, bread.updatedAt()),
        range(Field.UPDATED_AT, Operator.AT_MOST, bread.updatedAt())));
  }

  @Test
  void filtersAreAnded() {
    assertEquals(set(apple), matching(filter(Field.BRAND, nameOf(first, Kind.BRAND)), filter(Field.IS_FOOD, true)));
    assertEquals(set(otherApple), matching(filter(Field.NAME, appleName), filter(Field.ID, otherApple.id(), soap.id())));
  }

  @Test
  void discardedOnesAppearOnlyWhenAskedFor() {
    assertFalse(matching().contains(cake.id()));
    assertEquals(set(cake), matching(filter(Field.DISCARDED, true)));
    assertEquals(set(apple, bread, soap, otherApple), matching(filter(Field.DISCARDED, false)));
    assertEquals(set(apple, bread, soap, otherApple, cake), matching(filter(Field.DISCARDED, true, false)));
  }

  @Test
  void noMatchIsAnEmptyLastPageWithAZeroTotal() {
    ProductPage page = page(database, query(List.of(sourceFilter(), filter(Field.BRAND, TestData.unique("nobody"))),
        "name", 10, true));
    assertTrue(page.items().isEmpty());
    assertNull(page.next());
    assertEquals(0L, page.total());
  }

  @Test
  void includeTotalCountsEveryMatchingRowNotJustThePage() {
    ProductPage firstPage = page(database, query(List.of(sourceFilter()), "name", 1, true));
    assertEquals(1, firstPage.items().size());
    assertNotNull(firstPage.next());
    assertEquals(4L, firstPage.total());

    ProductPage secondPage = page(database, query(List.of(sourceFilter()), "name", 1, true).withAfter(firstPage.next()));
    assertEquals(4L, secondPage.total());

    assertEquals(2L, page(database, query(List.of(sourceFilter(), filter(Field.BRAND, nameOf(first, Kind.BRAND))),
        "name", 1, true)).total());
  }

  @Test
  void totalIsLeftOutUnlessAsked() {
    assertNull(page(database, query(List.of(sourceFilter()), "name", 10, false)).total());
  }

  private static Filter range(Field field, Operator operator, Object value) {
    return new Filter(field, operator, List.of(value));
  }

  private static ProductFields fields(String name, String barcode, boolean food, Map<Kind, UUID> refs) {
    return new ProductFields(name, barcode, food, new EnumMap<>(refs), null, null, null, null, null, null);
  }

  private static Filter sourceFilter() {
    return filter(Field.SOURCE, source.name().value());
  }

  private static Set<UUID> matching(Filter... more) {
    Filter[] all = new Filter[more.length + 1];
    all[0] = sourceFilter();
    System.arraycopy(more, 0, all, 1, more.length);
    return set(ids(database, all));
  }

  private static String nameOf(Map<Kind, Classification> set, Kind kind) {
    return set.get(kind).name().value();
  }

  private static Set<UUID> set(Product... products) {
    Set<UUID> ids = new HashSet<>();
    for (Product p : products) {
      ids.add(p.id());
    }
    return ids;
  }

  private static Set<UUID> set(List<UUID> ids) {
    Set<UUID> set = new HashSet<>(ids);
    assertEquals(ids.size(), set.size(), "a row listed twice");
    return set;
  }
}
