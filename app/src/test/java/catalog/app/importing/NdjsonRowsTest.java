package catalog.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.graph.CatalogModule;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.product.Nutrient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NdjsonRowsTest {
  private static final String SOURCE_ID = UUID.randomUUID().toString();
  private final RecordingIds ids = new RecordingIds();

  @Test
  void eachLineIsARowNumberedByItsLineWithBlankLinesCounted() {
    List<ImportRow> rows = read("""
        {"name": "Oats", "source_id": "%s"}

        {"name": "Rice", "source_id": "%s", "barcode": "789"}\r
          \t
        {"name": "Corn", "source_id": "%s"}""".formatted(SOURCE_ID, SOURCE_ID, SOURCE_ID));

    assertEquals(List.of(1L, 3L, 5L), rows.stream().map(ImportRow::line).toList());
    ImportRow.Valid rice = assertInstanceOf(ImportRow.Valid.class, rows.get(1));
    assertEquals("Rice", rice.fields().name());
    assertEquals("789", rice.fields().barcode());
    assertEquals(UUID.fromString(SOURCE_ID), rice.fields().source());
  }

  @Test
  void theWritableShapeIsReadWhole() {
    ImportRow.Valid row = assertInstanceOf(ImportRow.Valid.class, read("""
        {"name": "Milk", "source_id": "%s", "is_food": true, "nutri_facts": {"calories": {"value": 61, "unit": "kcal"}},
         "package_size": 1, "package_size_unit": "l", "score": {"final": 80}, "edible_yield": 1}""".formatted(SOURCE_ID)
        .replace("\n", "")).get(0));

    assertEquals(61.0, row.fields().nutriFacts().values().get(Nutrient.CALORIES));
    assertEquals(1.0, row.fields().packageSize().amount());
    assertEquals(80.0, row.fields().score().overall());
  }

  @Test
  void classificationsMayBeGivenByName() {
    ImportRow.Valid row = assertInstanceOf(ImportRow.Valid.class,
        read("{\"name\": \"Tea\", \"source\": \"manual\", \"brand\": \"Acme\", \"food_group_id\": \"" + SOURCE_ID + "\"}").get(0));

    assertEquals(RecordingIds.id(Kind.SOURCE, "manual"), row.fields().source());
    assertEquals(RecordingIds.id(Kind.BRAND, "acme"), row.fields().classifications().get(Kind.BRAND));
    assertEquals(UUID.fromString(SOURCE_ID), row.fields().classifications().get(Kind.FOOD_GROUP));
    assertEquals(List.of("source=manual", "brand=Acme"), ids.asked);
  }

  @Test
  void eachBrokenLineFailsWithItsLineAndWhyAndTheNextLinesStillCount() {
    List<ImportRow> rows = read(String.join("\n",
        "{\"name\": \"ok\", \"source\": \"s\"}",
        "{\"name\": \"broken\",",
        "[1, 2]",
        "{\"name\": \"typed\", \"source\": \"s\", \"is_food\": \"yes\"}",
        "{\"name\": \"unknown\", \"source\": \"s\", \"colour\": \"red\"}",
        "{\"name\": \"rule\", \"source\": \"s\", \"edible_yield\": 2}",
        "{\"name\": \"both\", \"source\": \"s\", \"brand\": \"b\", \"brand_id\": \"" + SOURCE_ID + "\"}",
        "{\"name\": \"no source\"}",
        "{\"name\": \"fine\", \"source\": \"s\"}",
        "{\"name\": \"twice\", \"source\": \"s\", \"name\": \"again\"}"));

    assertInstanceOf(ImportRow.Valid.class, rows.get(0));
    assertDetail(rows.get(1), 2, "row: is not valid JSON");
    assertDetail(rows.get(2), 3, "row: must be a JSON object");
    assertDetail(rows.get(3), 4, "is_food: must be true or false");
    assertDetail(rows.get(4), 5, "colour: is not a known field");
    assertDetail(rows.get(5), 6, "edible_yield: must be above 0 and at most 1 (it is the edible fraction)");
    assertDetail(rows.get(6), 7, "brand: give brand (a name) or brand_id, not both");
    assertDetail(rows.get(7), 8, "source: is required: give source (a name) or source_id");
    assertEquals(9, assertInstanceOf(ImportRow.Valid.class, rows.get(8)).line());
    assertDetail(rows.get(9), 10, "row: is not valid JSON: Duplicate field 'name'");
  }

  @Test
  void namesAreNotLookedUpForARowWithOtherProblems() {
    List<ImportRow> rows = read(String.join("\n",
        "{\"name\": \"typed\", \"source\": \"s\", \"brand\": \"b\", \"is_food\": 1}",
        "{\"name\": \"long name\", \"source\": \"s\", \"brand\": \"" + "x".repeat(101) + "\"}"));

    assertDetail(rows.get(0), 1, "is_food: must be true or false");
    assertDetail(rows.get(1), 2, "brand: must be at most 100 characters");
    assertTrue(ids.asked.isEmpty(), ids.asked.toString());
  }

  @Test
  void aLineLongerThanTheLimitFailsAloneWithoutBeingHeld() {
    String huge = "{\"name\": \"" + "a".repeat(ImportInputs.MAX_ROW_BYTES) + "\", \"source\": \"s\"}";
    List<ImportRow> rows = read(huge + "\n{\"name\": \"next\", \"source\": \"s\"}\n");

    assertDetail(rows.get(0), 1, "row: is longer than " + ImportInputs.MAX_ROW_BYTES + " bytes");
    assertEquals(2, assertInstanceOf(ImportRow.Valid.class, rows.get(1)).line());
  }

  @Test
  void invalidUtf8FailsOnlyItsRow() {
    byte[] bytes = "{\"name\": \"X\", \"source\": \"s\"}\n{\"name\": \"\u00ff\", \"source\": \"s\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    ImportRows rows = new ImportInputs(CatalogModule.objectMapper()).open(ImportFormat.NDJSON, new ByteArrayInputStream(bytes));

    assertInstanceOf(ImportRow.Valid.class, rows.next(ids));
    assertDetail(rows.next(ids), 2, "row: is not valid JSON");
    assertNull(rows.next(ids));
  }

  @Test
  void anEmptyInputHasNoRows() {
    assertTrue(read("").isEmpty());
    assertTrue(read("\n\n").isEmpty());
  }

  private List<ImportRow> read(String body) {
    ImportRows rows = new ImportInputs(CatalogModule.objectMapper())
        .open(ImportFormat.NDJSON, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    List<ImportRow> all = new ArrayList<>();
    for (ImportRow row = rows.next(ids); row != null; row = rows.next(ids)) {
      all.add(row);
    }
    return all;
  }

  static void assertDetail(ImportRow row, long line, String expected) {
    ImportRow.Invalid invalid = assertInstanceOf(ImportRow.Invalid.class, row);
    assertEquals(line, invalid.line());
    assertTrue(invalid.detail().contains(expected), "detail '" + invalid.detail() + "' lacks '" + expected + "'");
  }
}
