package catalog.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.graph.CatalogModule;
import catalog.app.importing.ImportFormat;
import catalog.app.importing.ImportInputs;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import catalog.domain.product.PackageUnit;
import catalog.domain.product.ProductFields;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** gen-catalog: the same seed prints the same bytes, barcodes are unique, and both formats import cleanly. */
class GenCatalogCommandTest {
  private static final ClassificationIds IDS = (kind, name) ->
      UUID.nameUUIDFromBytes((kind + "/" + name.folded()).getBytes(StandardCharsets.UTF_8));

  @Test
  void theSameSeedPrintsTheSameBytesAndAnotherSeedDoesNot() {
    for (String format : List.of("ndjson", "csv")) {
      byte[] first = generate("300", "--seed", "11", "--format", format);
      byte[] again = generate("300", "--seed", "11", "--format", format);
      byte[] other = generate("300", "--seed", "12", "--format", format);
      assertArrayEquals(first, again, format);
      assertFalse(Arrays.equals(first, other), format);
    }
  }

  @Test
  void barcodesAreUniqueWithinASeed() {
    List<ProductFields> rows = read(ImportFormat.NDJSON, generate("2000", "--seed", "5"));
    Set<String> barcodes = new HashSet<>();
    rows.forEach(f -> barcodes.add(f.barcode()));
    assertEquals(2000, barcodes.size());
  }

  /** Packs as shops sell them: at most 1 kg in grams, 25 kg, 1 l in millilitres, 5 l or 12 units; every unit used. */
  @Test
  void packSizesAreOnesShopsSell() {
    Map<PackageUnit, Double> largest = Map.of(PackageUnit.G, 1000.0, PackageUnit.KG, 25.0, PackageUnit.ML, 1000.0,
        PackageUnit.L, 5.0, PackageUnit.UNIT, 12.0);
    Set<PackageUnit> seen = new HashSet<>();
    for (ProductFields f : read(ImportFormat.NDJSON, generate("2000", "--seed", "7"))) {
      PackageUnit unit = f.packageSize().unit();
      seen.add(unit);
      assertTrue(f.packageSize().amount() > 0 && f.packageSize().amount() <= largest.get(unit), f.packageSize().toString());
    }
    assertEquals(largest.keySet(), seen);
  }

  @Test
  void bothFormatsImportWithoutAFailedRowAndAgree() {
    List<ProductFields> ndjson = read(ImportFormat.NDJSON, generate("500", "--seed", "3", "--format", "ndjson"));
    List<ProductFields> csv = read(ImportFormat.CSV, generate("500", "--seed", "3", "--format", "csv"));

    assertEquals(500, ndjson.size());
    assertEquals(ndjson, csv);
    ProductFields first = ndjson.get(0);
    assertTrue(first.classifications().keySet().containsAll(List.of(Kind.SOURCE, Kind.BRAND, Kind.FOOD_GROUP)));
    assertFalse(first.nutriFacts().values().isEmpty());
  }

  @Test
  void firstContinuesTheSameSequence() {
    List<ProductFields> all = read(ImportFormat.NDJSON, generate("20", "--seed", "9"));
    List<ProductFields> tail = read(ImportFormat.NDJSON, generate("5", "--seed", "9", "--first", "15"));
    assertEquals(all.subList(15, 20), tail);
    assertNotEquals(all.get(0), all.get(1));
  }

  private static byte[] generate(String... args) {
    GenCatalogCommand command = new GenCatalogCommand();
    new CommandLine(command).parseArgs(args);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.write(out);
    return out.toByteArray();
  }

  private static List<ProductFields> read(ImportFormat format, byte[] bytes) {
    ImportRows rows = new ImportInputs(CatalogModule.objectMapper()).open(format, new ByteArrayInputStream(bytes));
    List<ProductFields> all = new ArrayList<>();
    for (ImportRow row = rows.next(IDS); row != null; row = rows.next(IDS)) {
      all.add(assertInstanceOf(ImportRow.Valid.class, row, row.toString()).fields());
    }
    return all;
  }
}
