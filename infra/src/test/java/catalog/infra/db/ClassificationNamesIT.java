package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.ProductPage;
import catalog.domain.product.Product;
import catalog.domain.product.ProductView;
import catalog.domain.search.SearchQuery;
import catalog.domain.work.UnitOfWork;
import catalog.infra.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages name their classifications from what the service keeps for the generation their snapshot saw:
 * a second page reads no names, and a rename, or a classification deleted and its id used again, made
 * anywhere (here by plain SQL on a connection of its own), shows on the next page.
 */
class ClassificationNamesIT {
  private static Database database;
  private static ClassificationNames names;

  @BeforeAll
  static void open() {
    database = Databases.open();
    names = database.classificationNames();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void aSecondPageReadsNoNames() {
    Map<Kind, Classification> refs = TestData.classificationOfEveryKind(database);
    Product p = product(refs);
    assertNamed(refs, only(page(p)));
    long misses = names.misses();
    long hits = names.hits();
    assertNamed(refs, only(page(p)));
    assertEquals(misses, names.misses(), "every name came from what the service keeps");
    assertEquals(hits + Kind.values().length, names.hits());
  }

  @Test
  void aRenameShowsOnTheNextPageAndInSearch() throws SQLException {
    Map<Kind, Classification> refs = TestData.classificationOfEveryKind(database);
    Product p = product(refs);
    page(p);
    page(p);
    for (Kind kind : Kind.values()) {
      String renamed = TestData.unique("Renamed " + kind.key());
      sql("UPDATE " + Tables.CLASSIFICATION_TABLE.get(kind) + " SET name = ? WHERE id = ?", renamed,
          refs.get(kind).id());
      assertEquals(renamed, only(page(p)).classification(kind).name(), kind.key());
      try (UnitOfWork uow = database.newUnitOfWork()) {
        ProductView hit = uow.productReads().search(SearchQuery.of(p.fields().name(), 1)).hits().getFirst().product();
        assertEquals(p.id(), hit.id());
        assertEquals(renamed, hit.classification(kind).name(), kind.key());
      }
    }
  }

  @Test
  void anIdDeletedAndUsedAgainShowsItsNewName() throws SQLException {
    Map<Kind, Classification> refs = TestData.classificationOfEveryKind(database);
    Classification other = TestData.classification(database, Kind.BRAND, TestData.unique("Other brand"));
    Product p = product(refs);
    UUID brand = refs.get(Kind.BRAND).id();
    assertEquals(refs.get(Kind.BRAND).name().value(), only(page(p)).classification(Kind.BRAND).name());
    sql("UPDATE product SET brand_id = ? WHERE id = ?", other.id(), p.id());
    sql("DELETE FROM brand WHERE id = ?", brand);
    String reborn = TestData.unique("Reborn brand");
    sql("INSERT INTO brand (id, name, version, discarded, created_at, updated_at)"
        + " VALUES (?, ?, 1, false, now(), now())", brand, reborn);
    sql("UPDATE product SET brand_id = ? WHERE id = ?", brand, p.id());
    assertEquals(reborn, only(page(p)).classification(Kind.BRAND).name());
  }

  @Test
  void discardingOrCreatingAClassificationKeepsTheGeneration() throws SQLException {
    long before = generation();
    Classification c = TestData.classification(database, Kind.CATEGORY, TestData.unique("Kept"));
    sql("UPDATE category SET discarded = true, version = version + 1 WHERE id = ?", c.id());
    sql("UPDATE category SET name = name WHERE id = ?", c.id());
    assertEquals(before, generation());
    sql("UPDATE category SET name = ? WHERE id = ?", TestData.unique("Renamed"), c.id());
    assertEquals(before + 1, generation());
  }

  @Test
  void aRepeatableReadPageKeepsTheNamesOfItsSnapshot() throws SQLException {
    Map<Kind, Classification> refs = TestData.classificationOfEveryKind(database);
    Product p = product(refs);
    String old = refs.get(Kind.FOOD_GROUP).name().value();
    try (UnitOfWork before = database.newUnitOfWork()) {
      assertEquals(old, only(page(before, p)).classification(Kind.FOOD_GROUP).name());
      String renamed = TestData.unique("Renamed group");
      sql("UPDATE food_group SET name = ? WHERE id = ?", renamed, refs.get(Kind.FOOD_GROUP).id());
      assertEquals(renamed, only(page(p)).classification(Kind.FOOD_GROUP).name(), "a new unit of work");
      assertEquals(old, only(page(before, p)).classification(Kind.FOOD_GROUP).name(), "the first one's snapshot");
      assertEquals(renamed, only(page(p)).classification(Kind.FOOD_GROUP).name(), "the old names are not kept");
    }
  }

  private static Product product(Map<Kind, Classification> refs) {
    return TestData.product(database,
        TestData.fullFields(TestData.unique("Named product"), TestData.uniqueBarcode(), TestData.ids(refs)));
  }

  private static ProductPage page(Product p) {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      return page(uow, p);
    }
  }

  private static ProductPage page(UnitOfWork uow, Product p) {
    return uow.productReads().list(Queries.query(List.of(Queries.filter(Field.ID, p.id())), "name", 10, false));
  }

  private static ProductView only(ProductPage page) {
    assertEquals(1, page.items().size());
    return page.items().getFirst();
  }

  private static void assertNamed(Map<Kind, Classification> refs, ProductView view) {
    for (Kind kind : Kind.values()) {
      assertEquals(refs.get(kind).name().value(), view.classification(kind).name(), kind.key());
    }
  }

  private static long generation() throws SQLException {
    try (Connection c = TestDatabase.get().connect()) {
      return Long.parseLong(TestData.query(c, "SELECT generation FROM classification_names_generation"));
    }
  }

  /** Runs {@code sql} on a connection of its own, outside the service, in autocommit. */
  private static void sql(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      ps.executeUpdate();
    }
  }
}
