package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.Conflict;
import catalog.domain.InvalidInput;
import catalog.domain.StaleVersion;
import catalog.domain.Versions;
import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.product.Nutrient;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.work.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Products: every field round-trips, updates check the version, a live (barcode, source) is unique. */
class JdbcProductsIT {
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
  void everyFieldRoundTripsExactly() {
    ProductFields fields = TestData.fullFields(TestData.unique("Full"), TestData.uniqueBarcode(), TestData.ids(refs));
    Instant created = Instant.parse("2024-03-01T10:15:30.123456Z");
    Product added = TestData.product(database, fields, created, created.plusSeconds(5));

    Product found = find(added.id());
    assertEquals(added, found);
    assertEquals(Nutrient.values().length, found.fields().nutriFacts().values().size());
    assertEquals(0.0, found.fields().nutriFacts().values().get(Nutrient.CALORIES));
  }

  @Test
  void eachNutrientLandsInItsOwnColumn() throws SQLException {
    ProductFields fields = TestData.fullFields(TestData.unique("Columns"), null, TestData.ids(refs));
    Product added = TestData.product(database, fields);
    try (Connection c = database.dataSource().getConnection()) {
      for (Nutrient nutrient : Nutrient.values()) {
        try (PreparedStatement ps = c.prepareStatement("SELECT nf_" + nutrient.key() + " FROM product WHERE id = ?")) {
          ps.setObject(1, added.id());
          try (ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            assertEquals(fields.nutriFacts().values().get(nutrient), rs.getDouble(1), nutrient.key());
          }
        }
      }
      c.rollback();
    }
  }

  @Test
  void absentOptionalFieldsRoundTripAsAbsent() {
    ProductFields fields = TestData.fields(TestData.unique("Bare"), null, refs.get(Kind.SOURCE).id());
    Product added = TestData.product(database, fields);

    Product found = find(added.id());
    assertEquals(added, found);
    assertEquals(Map.of(Kind.SOURCE, refs.get(Kind.SOURCE).id()), found.fields().classifications());
    assertTrue(found.fields().nutriFacts().values().isEmpty());
    assertNull(found.fields().packageSize());
    assertNull(found.fields().score());
    assertNull(found.fields().edibleYield());
  }

  @Test
  void unknownIdFindsNothing() {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      assertTrue(uow.products().find(UUID.randomUUID()).isEmpty());
    }
  }

  @Test
  void updateStoresEveryFieldAndBumpsTheVersion() {
    Product added = TestData.product(database, TestData.fields(TestData.unique("Plain"), null, refs.get(Kind.SOURCE).id()));
    ProductFields full = TestData.fullFields(TestData.unique("Rich"), TestData.uniqueBarcode(), TestData.ids(refs));
    Instant later = added.updatedAt().plusSeconds(90);

    Product saved = update(added.withFields(full, later));

    assertEquals(2, saved.version());
    assertEquals(saved, find(added.id()));
    assertEquals(added.createdAt(), saved.createdAt());
    assertEquals(later, saved.updatedAt());
  }

  @Test
  void updateCanClearNullableReferencesAndFields() {
    Product added = TestData.product(database,
        TestData.fullFields(TestData.unique("Clear"), TestData.uniqueBarcode(), TestData.ids(refs)));
    ProductFields bare = TestData.fields(added.fields().name(), null, refs.get(Kind.SOURCE).id());

    Product saved = update(added.withFields(bare, TestData.now()));

    assertEquals(saved, find(added.id()));
    assertEquals(bare, saved.fields());
  }

  @Test
  void updateAtAStaleVersionIsRefusedAndChangesNothing() {
    Product added = TestData.product(database, TestData.fields(TestData.unique("V1"), null, refs.get(Kind.SOURCE).id()));
    Product current = update(added.withFields(TestData.fields(TestData.unique("V2"), null, refs.get(Kind.SOURCE).id()), TestData.now()));

    StaleVersion stale = assertThrows(StaleVersion.class, () -> update(
        added.withFields(TestData.fields(TestData.unique("V2 again"), null, refs.get(Kind.SOURCE).id()), TestData.now())));
    assertEquals(Versions.of(1), stale.expected());
    assertEquals(current, find(added.id()));
  }

  @Test
  void updateOfAnUnknownProductIsStale() {
    Product never = Product.create(TestData.fields("never", null, refs.get(Kind.SOURCE).id()), TestData.now());
    assertThrows(StaleVersion.class, () -> update(never));
  }

  @Test
  void aSecondLiveProductWithTheSameBarcodeAndSourceIsAConflict() {
    String barcode = TestData.uniqueBarcode();
    UUID source = refs.get(Kind.SOURCE).id();
    TestData.product(database, TestData.fields("first", barcode, source));
    Conflict conflict = assertThrows(Conflict.class,
        () -> TestData.product(database, TestData.fields("second", barcode, source)));
    assertTrue(conflict.getMessage().contains("barcode"), conflict.getMessage());
  }

  @Test
  void movingOntoATakenBarcodeIsAConflict() {
    String barcode = TestData.uniqueBarcode();
    UUID source = refs.get(Kind.SOURCE).id();
    TestData.product(database, TestData.fields("holder", barcode, source));
    Product other = TestData.product(database, TestData.fields("mover", TestData.uniqueBarcode(), source));
    assertThrows(Conflict.class, () -> update(other.withFields(TestData.fields("mover", barcode, source), TestData.now())));
  }

  @Test
  void theSameBarcodeIsFineForAnotherSourceForADiscardedProductAndWithoutBarcode() {
    String barcode = TestData.uniqueBarcode();
    UUID source = refs.get(Kind.SOURCE).id();
    UUID otherSource = TestData.classification(database, Kind.SOURCE, TestData.unique("other source")).id();
    Product first = TestData.product(database, TestData.fields("first", barcode, source));
    TestData.product(database, TestData.fields("elsewhere", barcode, otherSource));

    TestData.discarded(database, first);
    Product again = TestData.product(database, TestData.fields("again", barcode, source));
    assertEquals(again, find(again.id()));

    TestData.product(database, TestData.fields("no barcode 1", null, source));
    TestData.product(database, TestData.fields("no barcode 2", null, source));
  }

  @Test
  void discardIsStoredWithTheNextVersion() {
    Product added = TestData.product(database, TestData.fields(TestData.unique("Doomed"), null, refs.get(Kind.SOURCE).id()));
    Product discarded = TestData.discarded(database, added);
    assertTrue(discarded.discarded());
    assertEquals(2, discarded.version());
    assertEquals(discarded, find(added.id()));
  }

  @Test
  void aReferenceToAMissingClassificationIsInvalidInput() {
    Map<Kind, UUID> dangling = new EnumMap<>(Kind.class);
    dangling.put(Kind.SOURCE, refs.get(Kind.SOURCE).id());
    dangling.put(Kind.BRAND, UUID.randomUUID());
    assertThrows(InvalidInput.class, () -> TestData.product(database, TestData.fields("dangling", null, dangling)));
  }

  private static Product find(UUID id) {
    try (UnitOfWork uow = database.newUnitOfWork()) {
      return uow.products().find(id).orElseThrow();
    }
  }

  private static Product update(Product changed) {
    Product[] saved = new Product[1];
    TestData.committed(database, uow -> saved[0] = uow.products().update(changed));
    return saved[0];
  }
}
