package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.ProductPage;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.Product;
import catalog.domain.product.ProductView;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.work.UnitOfWork;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading products gives their fields with every referenced classification's name, one or a page at a time. */
class ProductReadsFindIT {
  private static Database database;
  private static Map<Kind, Classification> refs;

  @BeforeAll
  static void open() {
    database = Databases.open();
    refs = TestData.classificationOfEveryKind(database);
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void resolvesTheNameOfEveryReferencedClassification() {
    Product p = TestData.product(database,
        TestData.fullFields(TestData.unique("Named"), TestData.uniqueBarcode(), TestData.ids(refs)));
    ProductView view = find(p.id());
    for (Kind kind : Kind.values()) {
      Classification c = refs.get(kind);
      assertEquals(new ClassificationRef(c.id(), c.name().value()), view.classification(kind), kind.key());
    }
  }

  @Test
  void carriesTheStoredProductAsItIs() {
    Product p = TestData.product(database,
        TestData.fullFields(TestData.unique("Same"), TestData.uniqueBarcode(), TestData.ids(refs)));
    ProductView view = find(p.id());
    assertEquals(p.id(), view.id());
    assertEquals(p.fields(), view.fields());
    assertEquals(p.version(), view.version());
    assertEquals(p.discarded(), view.discarded());
    assertEquals(p.createdAt(), view.createdAt());
    assertEquals(p.updatedAt(), view.updatedAt());
  }

  @Test
  void leavesOutKindsTheProductDoesNotReference() {
    Product p = TestData.product(database, TestData.fields(TestData.unique("Sparse"), null, refs.get(Kind.SOURCE).id()));
    ProductView view = find(p.id());
    assertEquals(refs.get(Kind.SOURCE).name().value(), view.classification(Kind.SOURCE).name());
    for (Kind kind : new Kind[] {Kind.BRAND, Kind.CATEGORY, Kind.PARENT_CATEGORY, Kind.FOOD_GROUP, Kind.PROCESS_TYPE}) {
      assertNull(view.classification(kind), kind.key());
    }
  }

  @Test
  void findsADiscardedProductToo() {
    Product p = TestData.product(database, TestData.fields(TestData.unique("Gone"), null, refs.get(Kind.SOURCE).id()));
    TestData.discarded(database, p);
    ProductView view = find(p.id());
    assertTrue(view.discarded());
    assertEquals(2, view.version());
  }

  @Test
  void unknownIdFindsNothing() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertTrue(uow.productReads().find(UUID.randomUUID()).isEmpty());
    }
  }

  @Test
  void aPageAndSearchHitsNameTheirClassificationsAsFindDoes() {
    Map<Kind, Classification> others = TestData.classificationOfEveryKind(database);
    String word = "Quokkafruit" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<Product> products = List.of(
        TestData.product(database, TestData.fullFields(word + " full", TestData.uniqueBarcode(), TestData.ids(refs))),
        TestData.product(database, TestData.fullFields(word + " other", TestData.uniqueBarcode(), TestData.ids(others))),
        TestData.product(database, TestData.fields(word + " sparse", null, refs.get(Kind.SOURCE).id())));
    List<ProductView> expected = products.stream().map(p -> find(p.id())).sorted(BY_NAME).toList();

    ProductPage page = Queries.page(database, Queries.query(
        List.of(Queries.filter(Field.ID, products.stream().map(Product::id).toArray())), "name", 50, false));
    assertEquals(expected, page.items());

    try (UnitOfWork uow = database.newUnitOfWork()) {
      List<ProductView> hits = uow.productReads().search(SearchQuery.of(word, 10)).hits().stream()
          .map(SearchHit::product).sorted(BY_NAME).toList();
      assertEquals(expected, hits);
    }
  }

  private static final Comparator<ProductView> BY_NAME = Comparator.comparing(v -> v.fields().name());

  private static ProductView find(UUID id) {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      return uow.productReads().find(id).orElseThrow();
    }
  }
}
