package catalog.app.importing;

import static catalog.app.importing.NdjsonRowsTest.assertDetail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.graph.CatalogModule;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.product.Nutrient;
import catalog.domain.product.PackageUnit;
import catalog.domain.product.ProductFields;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
  private final RecordingIds ids = new RecordingIds();

  @Test
  void everyColumnLandsInItsField() {
    UUID category = UUID.randomUUID();
    List<ImportRow> rows = read("""
        name,barcode,is_food,source,brand,category_id,calories,vitamin_a,ingredients,package_size,package_size_unit,image_url,score_final,score_nutrients,edible_yield
        Oat flakes,7891,false,manual,Acme,%s,389.5,12e1,"oats, salt",500,g,https://img.example.com/o.png,81.5,.5,0.95
        """.formatted(category));

    ProductFields f = assertInstanceOf(ImportRow.Valid.class, rows.get(0)).fields();
    assertEquals("Oat flakes", f.name());
    assertEquals("7891", f.barcode());
    assertEquals(false, f.isFood());
    assertEquals(RecordingIds.id(Kind.SOURCE, "manual"), f.source());
    assertEquals(RecordingIds.id(Kind.BRAND, "acme"), f.classifications().get(Kind.BRAND));
    assertEquals(category, f.classifications().get(Kind.CATEGORY));
    assertEquals(389.5, f.nutriFacts().values().get(Nutrient.CALORIES));
    assertEquals(120.0, f.nutriFacts().values().get(Nutrient.VITAMIN_A));
    assertEquals("oats, salt", f.ingredients());
    assertEquals(500.0, f.packageSize().amount());
    assertEquals(PackageUnit.G, f.packageSize().unit());
    assertEquals("https://img.example.com/o.png", f.imageUrl());
    assertEquals(81.5, f.score().overall());
    assertNull(f.score().ingredients());
    assertEquals(0.5, f.score().nutrients());
    assertEquals(0.95, f.edibleYield());
  }

  @Test
  void emptyCellsAreAbsentValues() {
    ProductFields f = assertInstanceOf(ImportRow.Valid.class, read("""
        name,source,barcode,is_food,calories,score_final
        Plain,manual,,,,
        """).get(0)).fields();

    assertNull(f.barcode());
    assertTrue(f.isFood());
    assertTrue(f.nutriFacts().values().isEmpty());
    assertNull(f.score());
  }

  @Test
  void rowsAreNumberedByTheLineTheyStartOnCountingBlankLinesAndQuotedNewlines() {
    List<ImportRow> rows = read("name,source,ingredients\r\n"
        + "A,manual,x\r\n"
        + "\r\n"
        + "B,manual,\"two\nlines\"\n"
        + "C,manual,\"three\r\nmore\nlines\"\n"
        + "\n"
        + "D,manual,last");

    assertEquals(List.of(2L, 4L, 6L, 10L), rows.stream().map(ImportRow::line).toList());
    assertEquals("two\nlines", assertInstanceOf(ImportRow.Valid.class, rows.get(1)).fields().ingredients());
  }

  /** A "\r" alone ends a record for the parser, so it ends a line for the numbering too. */
  @Test
  void aCarriageReturnAloneEndsALine() {
    List<ImportRow> rows = read("name,source\rA,manual\r\rB,manual\r\n,manual\rC,manual,\"x\ry\"\rD,manual");

    assertEquals(List.of(2L, 4L, 5L, 6L, 8L), rows.stream().map(ImportRow::line).toList());
    assertInstanceOf(ImportRow.Invalid.class, rows.get(2), "the row without a name");
  }

  /**
   * Each of two records in a row is under the limit, though the two together are not: both are read (the
   * limit was counted from the start of the record before, so the second one stopped the input).
   */
  @Test
  void twoLongRecordsInARowUnderTheLimitAreEachRead() {
    String long1 = "x".repeat(ImportInputs.MAX_ROW_BYTES * 6 / 10);
    String long2 = "y".repeat(ImportInputs.MAX_ROW_BYTES * 6 / 10);
    List<ImportRow> rows = read("name,source,ingredients\nA,manual,\nB,manual," + long1 + "\nC,manual," + long2
        + "\nD,manual,\n");

    assertEquals(List.of(2L, 3L, 4L, 5L), rows.stream().map(ImportRow::line).toList());
  }

  @Test
  void badValuesFailTheirRowNamingTheColumn() {
    List<ImportRow> rows = read("""
        name,source,is_food,calories,package_size,package_size_unit,edible_yield
        A,manual,yes,12,1,g,
        B,manual,true,twelve,1,g,
        C,manual,true,12,0x10,g,
        D,manual,true,12,1,bucket,
        E,manual,true,12
        F,manual,true,12,1,g,1.5
        G,manual,true,-1,1,g,
        """);

    assertDetail(rows.get(0), 2, "is_food: must be true or false, not 'yes'");
    assertDetail(rows.get(1), 3, "calories: 'twelve' is not a number");
    assertDetail(rows.get(2), 4, "package_size: '0x10' is not a number");
    assertDetail(rows.get(3), 5, "package_size_unit: must be one of");
    assertDetail(rows.get(4), 6, "row: has 4 values but the header names 7 columns");
    assertDetail(rows.get(5), 7, "edible_yield: must be above 0 and at most 1 (it is the edible fraction)");
    assertDetail(rows.get(6), 8, "nutri_facts.calories.value: must be a number from 0 to 1000000");
  }

  @Test
  void anUnknownRepeatedOrMissingColumnRefusesTheWholeInput() {
    UnreadableInput unknown = assertThrows(UnreadableInput.class, () -> read("name,source,colour\nA,manual,red\n"));
    assertEquals("header", unknown.where());
    assertTrue(unknown.getMessage().startsWith("'colour' is not a known column"), unknown.getMessage());

    assertTrue(assertThrows(UnreadableInput.class, () -> read("name,source,name\n")).getMessage().contains("twice"));
    assertTrue(assertThrows(UnreadableInput.class, () -> read("barcode,source\n")).getMessage().contains("name"));
    assertTrue(assertThrows(UnreadableInput.class, () -> read("name,brand\n")).getMessage().contains("source"));
    assertTrue(assertThrows(UnreadableInput.class, () -> read("")).getMessage().contains("header"));
  }

  @Test
  void aByteOrderMarkAndSpacesAroundHeaderNamesAreIgnored() {
    ImportRow.Valid row = assertInstanceOf(ImportRow.Valid.class, read("\uFEFFname , source\nBom,manual\n").get(0));
    assertEquals("Bom", row.fields().name());
  }

  @Test
  void invalidUtf8StopsTheInput() {
    byte[] head = "name,source\nA,manual\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'B', ',', (byte) 0xC3, (byte) 0x28, '\n'};
    ImportRows rows = open(new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(bad)));

    assertInstanceOf(ImportRow.Valid.class, rows.next(ids));
    UnreadableInput e = assertThrows(UnreadableInput.class, () -> rows.next(ids));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void aQuoteThatNeverClosesStopsTheInputWithoutReadingItAll() {
    String endless = "name,source\nA,manual\n\"B" + "x".repeat(3 * ImportInputs.MAX_ROW_BYTES);
    ImportRows rows = open(new ByteArrayInputStream(endless.getBytes(StandardCharsets.UTF_8)));

    assertInstanceOf(ImportRow.Valid.class, rows.next(ids));
    UnreadableInput e = assertThrows(UnreadableInput.class, () -> rows.next(ids));
    assertEquals("after line 2", e.where());
  }

  private List<ImportRow> read(String body) {
    ImportRows rows = open(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    List<ImportRow> all = new ArrayList<>();
    for (ImportRow row = rows.next(ids); row != null; row = rows.next(ids)) {
      all.add(row);
    }
    return all;
  }

  private static ImportRows open(InputStream in) {
    return new ImportInputs(CatalogModule.objectMapper()).open(ImportFormat.CSV, in);
  }
}
