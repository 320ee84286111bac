package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.domain.classification.Classification;
import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.importing.ImportMode;
import catalog.domain.importing.ImportReport;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.product.Product;
import catalog.domain.product.ProductFields;
import catalog.domain.work.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bulk import over COPY: rows land whole, conflicts and bad references are reported by line, atomic keeps nothing. */
class JdbcProductImportIT {
  private static Database database;
  private static Map<Kind, Classification> refs;
  private static UUID source;

  @BeforeAll
  static void open() {
    database = Databases.open();
    refs = TestData.classificationOfEveryKind(database);
    source = refs.get(Kind.SOURCE).id();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void everyFieldOfEveryRowLandsAsGiven() {
    ProductFields full = TestData.fullFields("Tab\there, new\nline, back\\slash é", TestData.uniqueBarcode(),
        TestData.ids(refs));
    ProductFields bare = TestData.fields(TestData.unique("Bare"), null, source);

    ImportReport report = run(ImportMode.EACH_ROW, valid(full), valid(bare));

    assertEquals(new ImportReport(2, 0, List.of(), false), report);
    assertEquals(full, find(full.barcode()).fields());
    assertEquals(1, find(full.barcode()).version());
    assertEquals(1, count("SELECT count(*) FROM product WHERE name = ?", bare.name()));
  }

  @Test
  void namesAreCreatedOnceAndMatchLiveOnesIgnoringCase() {
    String brand = TestData.unique("Import Brand");
    Classification existing = TestData.classification(database, Kind.CATEGORY, TestData.unique("Import Category"));
    List<String> barcodes = List.of(TestData.uniqueBarcode(), TestData.uniqueBarcode(), TestData.uniqueBarcode());
    Function<ClassificationIds, ImportRow> first = ids -> new ImportRow.Valid(1, fields("a", barcodes.get(0),
        Map.of(Kind.BRAND, ids.idOf(Kind.BRAND, new ClassificationName(brand)))));
    Function<ClassificationIds, ImportRow> second = ids -> new ImportRow.Valid(2, fields("b", barcodes.get(1),
        Map.of(Kind.BRAND, ids.idOf(Kind.BRAND, new ClassificationName(brand.toUpperCase())))));
    Function<ClassificationIds, ImportRow> third = ids -> new ImportRow.Valid(3, fields("c", barcodes.get(2),
        Map.of(Kind.CATEGORY, ids.idOf(Kind.CATEGORY, new ClassificationName(existing.name().value().toLowerCase())))));

    ImportReport report = run(ImportMode.EACH_ROW, List.of(first, second, third));

    assertEquals(3, report.inserted());
    UUID brandId = find(barcodes.get(0)).fields().classifications().get(Kind.BRAND);
    assertEquals(brandId, find(barcodes.get(1)).fields().classifications().get(Kind.BRAND));
    assertEquals(1, count("SELECT count(*) FROM brand WHERE lower(name) = lower(?)", brand));
    assertEquals(existing.id(), find(barcodes.get(2)).fields().classifications().get(Kind.CATEGORY));
  }

  @Test
  void repeatsInTheInputAndConflictsWithTheCatalogFailWithTheirLines() {
    String taken = TestData.uniqueBarcode();
    TestData.product(database, TestData.fields("already here", taken, source));
    String repeated = TestData.uniqueBarcode();

    ImportReport report = run(ImportMode.EACH_ROW,
        valid(TestData.fields("fresh", repeated, source)),
        valid(TestData.fields("clash", taken, source)),
        valid(TestData.fields("again", repeated, source)),
        valid(TestData.fields("no barcode", null, source)));

    assertEquals(2, report.inserted());
    assertEquals(2, report.failed());
    assertEquals(2, report.errors().get(0).line());
    assertTrue(report.errors().get(0).detail().contains("already exists"), report.errors().get(0).detail());
    assertEquals(3, report.errors().get(1).line());
    assertTrue(report.errors().get(1).detail().contains("line 1 of this import"), report.errors().get(1).detail());
    assertEquals("fresh", find(repeated).fields().name());
  }

  @Test
  void repeatsAreFoundAcrossBatches() {
    String repeated = TestData.uniqueBarcode();
    List<Function<ClassificationIds, ImportRow>> rows = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String barcode = i == 6 ? repeated : i == 0 ? repeated : TestData.uniqueBarcode();
      rows.add(valid(TestData.fields("batch row " + i, barcode, source)));
    }

    ImportReport report = inBatchesOfTwo()
        .run(rows(rows), ImportMode.EACH_ROW);

    assertEquals(6, report.inserted());
    assertEquals(List.of(new ImportReport.RowError(7, "barcode: repeats the barcode and source of line 1 of this import")),
        report.errors());
  }

  /**
   * A repeat of a row that did not go in names the row that is in the catalog (or says the barcode is
   * taken there), not the refused one: with the batch boundary between them, line 4 said it repeated line
   * 3, which had been refused as a repeat of line 1.
   */
  @Test
  void aRepeatOfARefusedRowNamesTheRowThatWentIn() {
    String repeated = TestData.uniqueBarcode();
    String taken = TestData.uniqueBarcode();
    TestData.product(database, TestData.fields("already here", taken, source));
    List<Function<ClassificationIds, ImportRow>> rows = List.of(
        valid(TestData.fields("first", repeated, source)),
        valid(TestData.fields("filler", TestData.uniqueBarcode(), source)),
        valid(TestData.fields("again", repeated, source)),
        valid(TestData.fields("and again", repeated, source)),
        valid(TestData.fields("clash", taken, source)),
        valid(TestData.fields("clash again", taken, source)));

    ImportReport report = inBatchesOfTwo()
        .run(rows(rows), ImportMode.EACH_ROW);

    assertEquals(2, report.inserted());
    assertEquals(List.of(new ImportReport.RowError(3, ImportDetails.repeats(1)),
        new ImportReport.RowError(4, ImportDetails.repeats(1)), new ImportReport.RowError(5, ImportDetails.TAKEN),
        new ImportReport.RowError(6, ImportDetails.TAKEN)), report.errors());
  }

  @Test
  void aFailureWhileReadingKeepsNothingEvenFromBatchesAlreadyWritten() {
    String source = TestData.unique("Half read source");
    List<Function<ClassificationIds, ImportRow>> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(ids -> new ImportRow.Valid(0, fields("half read", TestData.uniqueBarcode(),
          Map.of(Kind.BRAND, ids.idOf(Kind.BRAND, new ClassificationName(source))))));
    }
    rows.add(ids -> {
      throw new IllegalStateException("the input broke");
    });

    JdbcProductImport importer = inBatchesOfTwo();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> importer.run(rows(rows), ImportMode.EACH_ROW));

    assertEquals("the input broke", e.getMessage());
    assertEquals(0, count("SELECT count(*) FROM brand WHERE name = ?", source));
    assertEquals(0, count("SELECT count(*) FROM product p JOIN brand b ON b.id = p.brand_id WHERE b.name = ?", source));
  }

  @Test
  void invalidRowsAndReferencesToMissingOrDiscardedClassificationsFail() {
    Classification gone = TestData.classification(database, Kind.BRAND, TestData.unique("Gone brand"));
    TestData.committed(database, uow -> uow.classifications().update(gone.discard(TestData.now())));
    UUID missing = UUID.randomUUID();

    ImportReport report = run(ImportMode.EACH_ROW,
        ids -> new ImportRow.Invalid(1, "name: is required"),
        valid(fields(TestData.unique("discarded brand"), null, Map.of(Kind.BRAND, gone.id()))),
        valid(fields(TestData.unique("missing group"), null, Map.of(Kind.FOOD_GROUP, missing))),
        valid(TestData.fields(TestData.unique("good"), null, source)));

    assertEquals(1, report.inserted());
    assertEquals(List.of(
        new ImportReport.RowError(1, "name: is required"),
        new ImportReport.RowError(2, "brand_id: no live brand has id " + gone.id()),
        new ImportReport.RowError(3, "food_group_id: no live food group has id " + missing)), report.errors());
  }

  /**
   * A brand discarded after the import read the live names, and a live brand of its name made meanwhile.
   * The batch written after it (rows 1 and 2) fails the rows that name it, whether they came before the
   * discard or after; rows read after that batch was written (5) have the name looked up again and get the
   * live brand. Before, every row of the import was linked to the discarded brand.
   */
  @Test
  void rowsNamingABrandDiscardedWhileTheImportRunsFailAndLaterOnesGetTheLiveOne() {
    String name = TestData.unique("Discarded meanwhile");
    Classification gone = TestData.classification(database, Kind.BRAND, name);
    UUID[] live = new UUID[1];
    ImportReport report = inBatchesOfTwo().run(rows(List.of(
        ids -> {
          TestData.committed(database, uow -> uow.classifications().update(gone.discard(TestData.now())));
          live[0] = TestData.classification(database, Kind.BRAND, name).id();
          return named(ids, Kind.BRAND, name, "row 1");
        },
        ids -> named(ids, Kind.BRAND, name, "row 2"),
        valid(TestData.fields(TestData.unique("row 3"), null, source)),
        valid(TestData.fields(TestData.unique("row 4"), null, source)),
        ids -> named(ids, Kind.BRAND, name, "row 5"),
        ids -> new ImportRow.Valid(0, fields(TestData.unique("row 6"), null, Map.of(Kind.BRAND, gone.id()))))),
        ImportMode.EACH_ROW);

    String discarded = "brand_id: brand " + gone.id() + " was discarded while this import ran";
    assertEquals(List.of(new ImportReport.RowError(1, discarded), new ImportReport.RowError(2, discarded),
        new ImportReport.RowError(6, "brand_id: no live brand has id " + gone.id())), report.errors());
    assertEquals(3, report.inserted());
    assertEquals(0, count("SELECT count(*) FROM product WHERE brand_id = ?::uuid", gone.id().toString()));
    assertEquals(1, count("SELECT count(*) FROM product WHERE brand_id = ?::uuid", live[0].toString()));
  }

  /**
   * A brand renamed after the import read the live names: the rows of the batch written after it that
   * name it by its old name fail, as it no longer has that name; a later row of that name makes a new
   * brand of it, and one that refers to the renamed brand by id still goes in.
   */
  @Test
  void rowsNamingABrandRenamedWhileTheImportRunsFailAndLaterOnesMakeTheName() {
    String name = TestData.unique("Renamed meanwhile");
    String newName = name + " now";
    Classification renamed = TestData.classification(database, Kind.BRAND, name);
    ImportReport report = inBatchesOfTwo().run(rows(List.of(
        ids -> {
          TestData.committed(database, uow -> uow.classifications().update(
              renamed.renamed(new ClassificationName(newName), TestData.now())));
          return named(ids, Kind.BRAND, name, "row 1");
        },
        ids -> new ImportRow.Valid(0, fields(TestData.unique("row 2"), null, Map.of(Kind.BRAND, renamed.id()))),
        valid(TestData.fields(TestData.unique("row 3"), null, source)),
        valid(TestData.fields(TestData.unique("row 4"), null, source)),
        ids -> named(ids, Kind.BRAND, name, "row 5"),
        ids -> new ImportRow.Valid(0, fields(TestData.unique("row 6"), null, Map.of(Kind.BRAND, renamed.id()))))),
        ImportMode.EACH_ROW);

    String moved = "brand: brand " + renamed.id() + " was renamed to \"" + newName + "\" while this import ran";
    // Row 2 refers to it by id, but is in the batch that named it by its old name: it fails with row 1.
    assertEquals(List.of(new ImportReport.RowError(1, moved), new ImportReport.RowError(2, moved)), report.errors());
    assertEquals(4, report.inserted());
    assertEquals(1, count("SELECT count(*) FROM product WHERE brand_id = ?::uuid", renamed.id().toString()));
    assertEquals(1, count("SELECT count(*) FROM product p JOIN brand b ON b.id = p.brand_id WHERE b.name = ?"
        + " AND NOT b.discarded AND b.id <> ?::uuid", name, renamed.id().toString()));
  }

  /** A valid row named after {@code label}, whose {@code kind} is the one named {@code name}. */
  private static ImportRow named(ClassificationIds ids, Kind kind, String name, String label) {
    return new ImportRow.Valid(0, fields(TestData.unique(label), null,
        Map.of(kind, ids.idOf(kind, new ClassificationName(name)))));
  }

  @Test
  void anAtomicImportWithOneBadRowKeepsNothingNotEvenItsNewNames() {
    String brand = TestData.unique("Atomic brand");
    String barcode = TestData.uniqueBarcode();

    ImportReport report = run(ImportMode.ATOMIC,
        ids -> new ImportRow.Valid(1, fields("kept?", barcode,
            Map.of(Kind.BRAND, ids.idOf(Kind.BRAND, new ClassificationName(brand))))),
        ids -> new ImportRow.Invalid(2, "is_food: must be true or false"));

    assertEquals(new ImportReport(0, 1, List.of(new ImportReport.RowError(2, "is_food: must be true or false")), true),
        report);
    assertEquals(0, count("SELECT count(*) FROM product WHERE barcode = ?", barcode));
    assertEquals(0, count("SELECT count(*) FROM brand WHERE name = ?", brand));
  }

  @Test
  void anAtomicImportOfGoodRowsKeepsThemAll() {
    String a = TestData.uniqueBarcode();
    String b = TestData.uniqueBarcode();

    ImportReport report = run(ImportMode.ATOMIC, valid(TestData.fields("a", a, source)), valid(TestData.fields("b", b, source)));

    assertEquals(new ImportReport(2, 0, List.of(), false), report);
    assertEquals(2, count("SELECT count(*) FROM product WHERE barcode IN (?, ?)", a, b));
  }

  @Test
  void aNameAnotherTransactionCreatesWhileTheImportRunsIsUsedNotDuplicated() {
    String contested = TestData.unique("Raced brand");
    String barcode = TestData.uniqueBarcode();
    UUID[] winner = new UUID[1];

    ImportReport report = run(ImportMode.EACH_ROW, ids -> {
      UUID reserved = ids.idOf(Kind.BRAND, new ClassificationName(contested));
      winner[0] = TestData.classification(database, Kind.BRAND, contested.toLowerCase()).id();
      return new ImportRow.Valid(1, fields("raced", barcode, Map.of(Kind.BRAND, reserved)));
    });

    assertEquals(1, report.inserted());
    assertEquals(winner[0], find(barcode).fields().classifications().get(Kind.BRAND));
    assertEquals(1, count("SELECT count(*) FROM brand WHERE lower(name) = lower(?)", contested));
  }

  @Test
  void aNameCreatedOnlyForRowsThatFailIsNotKept() {
    String taken = TestData.uniqueBarcode();
    TestData.product(database, TestData.fields("holder", taken, source));
    String unused = TestData.unique("Unused group");
    String used = TestData.unique("Used group");

    ImportReport report = run(ImportMode.EACH_ROW,
        ids -> new ImportRow.Valid(1, fields("clash", taken,
            Map.of(Kind.FOOD_GROUP, ids.idOf(Kind.FOOD_GROUP, new ClassificationName(unused))))),
        ids -> new ImportRow.Valid(2, fields("fine", TestData.uniqueBarcode(),
            Map.of(Kind.FOOD_GROUP, ids.idOf(Kind.FOOD_GROUP, new ClassificationName(used))))));

    assertEquals(1, report.inserted());
    assertEquals(0, count("SELECT count(*) FROM food_group WHERE name = ?", unused));
    assertEquals(1, count("SELECT count(*) FROM food_group WHERE name = ?", used));
  }

  @Test
  void importedRowsGetTheirOwnIdsAndTimestamps() {
    String a = TestData.uniqueBarcode();
    String b = TestData.uniqueBarcode();
    run(ImportMode.EACH_ROW, valid(TestData.fields("a", a, source)), valid(TestData.fields("b", b, source)));

    Product first = find(a);
    Product second = find(b);
    assertNotEquals(first.id(), second.id());
    assertFalse(first.discarded());
    assertEquals(first.createdAt(), first.updatedAt());
  }

  private static ProductFields fields(String name, String barcode, Map<Kind, UUID> extra) {
    Map<Kind, UUID> all = new EnumMap<>(Kind.class);
    all.put(Kind.SOURCE, source);
    all.putAll(extra);
    return TestData.fields(name, barcode, all);
  }

  private static Function<ClassificationIds, ImportRow> valid(ProductFields fields) {
    return ids -> new ImportRow.Valid(0, fields);
  }

  @SafeVarargs
  @SuppressWarnings("varargs")
  private static ImportReport run(ImportMode mode, Function<ClassificationIds, ImportRow>... rows) {
    return run(mode, List.of(rows));
  }

  private static ImportReport run(ImportMode mode, List<Function<ClassificationIds, ImportRow>> rows) {
    return database.productImport(Clock.systemUTC()).run(rows(rows), mode);
  }

  /** Rows numbered by their place in the list (1-based) unless they carry a line of their own. */
  private static ImportRows rows(List<Function<ClassificationIds, ImportRow>> rows) {
    Iterator<Function<ClassificationIds, ImportRow>> it = rows.iterator();
    int[] line = {0};
    return ids -> {
      if (!it.hasNext()) {
        return null;
      }
      line[0]++;
      ImportRow row = it.next().apply(ids);
      return row instanceof ImportRow.Valid v && v.line() == 0 ? new ImportRow.Valid(line[0], v.fields()) : row;
    };
  }

  /** An importer as the database's, but writing batches of two rows, so that three rows make two batches. */
  private static JdbcProductImport inBatchesOfTwo() {
    return new JdbcProductImport(() -> (JdbcUnitOfWork) database.newUnitOfWork(), Clock.systemUTC(), 2,
        new Semaphore(1), Duration.ZERO);
  }

  private static Product find(String barcode) {
    UUID id;
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id FROM product WHERE barcode = ? AND NOT discarded")) {
      ps.setString(1, barcode);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no product with barcode " + barcode);
        id = rs.getObject(1, UUID.class);
      }
      c.rollback();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    try (UnitOfWork uow = database.newUnitOfWork()) {
      return uow.products().find(id).orElseThrow();
    }
  }

  private static long count(String sql, String... params) {
    try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long n = rs.getLong(1);
        c.rollback();
        return n;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
