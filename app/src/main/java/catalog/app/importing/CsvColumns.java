package catalog.app.importing;

import catalog.domain.FieldError;
import catalog.domain.classification.Kind;
import catalog.domain.product.Nutrient;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each CSV column holds, from the header row, and how a record becomes the JSON object of the
 * import shape: text as is, {@code is_food} as true/false, numbers as numbers, a nutrient column as
 * {@code nutri_facts.<key>} in the nutrient's unit, {@code score_*} as {@code score.*}. An empty cell
 * is an absent value.
 */
final class CsvColumns {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Map<String, Column> KNOWN = known();

  private final List<Column> columns;
  private final List<String> names;

  private CsvColumns(List<String> names, List<Column> columns) {
    this.names = names;
    this.columns = columns;
  }

  /** Reads the header; an unknown, repeated or missing column is an {@link UnreadableInput}. */
  static CsvColumns of(List<String> header) {
    List<Column> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : header) {
      String name = raw.strip();
      Column column = KNOWN.get(name);
      if (column == null) {
        throw new UnreadableInput("header", "'" + name + "' is not a known column; known columns are "
            + String.join(", ", KNOWN.keySet()));
      }
      if (!seen.add(name)) {
        throw new UnreadableInput("header", "'" + name + "' appears twice");
      }
      columns.add(column);
    }
    if (!seen.contains("name")) {
      throw new UnreadableInput("header", "needs a name column");
    }
    if (!seen.contains(Kind.SOURCE.key()) && !seen.contains(Kind.SOURCE.idField())) {
      throw new UnreadableInput("header", "needs a source (by name) or source_id column");
    }
    return new CsvColumns(header.stream().map(String::strip).toList(), columns);
  }

  int size() {
    return columns.size();
  }

  /** The record as an import row object, adding an error for each value of the wrong form. */
  ObjectNode row(List<String> values, List<FieldError> errors) {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < columns.size(); i++) {
      String value = values.get(i);
      if (value.isEmpty()) {
        continue;
      }
      Column column = columns.get(i);
      String name = names.get(i);
      switch (column.type()) {
        case TEXT -> row.put(column.field(), value);
        case BOOLEAN -> {
          String v = value.strip().toLowerCase(Locale.ROOT);
          if (v.equals("true") || v.equals("false")) {
            row.put(column.field(), v.equals("true"));
          } else {
            errors.add(new FieldError(name, "must be true or false, not '" + value + "'"));
          }
        }
        case NUMBER, SCORE, NUTRIENT -> {
          String v = value.strip();
          if (!NUMBER.matcher(v).matches()) {
            errors.add(new FieldError(name, "'" + value + "' is not a number"));
          } else {
            double number = Double.parseDouble(v);
            switch (column.type()) {
              case SCORE -> row.withObjectProperty("score").put(column.field(), number);
              case NUTRIENT -> row.withObjectProperty("nutri_facts").putObject(column.field())
                  .put("value", number).put("unit", column.unit());
              default -> row.put(column.field(), number);
            }
          }
        }
      }
    }
    return row;
  }

  private enum Type { TEXT, BOOLEAN, NUMBER, SCORE, NUTRIENT }

  /** A column's type, the JSON field it fills, and for nutrients the unit. */
  private record Column(Type type, String field, String unit) {
    static Column of(Type type, String field) {
      return new Column(type, field, null);
    }
  }

  private static Map<String, Column> known() {
    Map<String, Column> known = new LinkedHashMap<>();
    known.put("name", Column.of(Type.TEXT, "name"));
    known.put("barcode", Column.of(Type.TEXT, "barcode"));
    known.put("is_food", Column.of(Type.BOOLEAN, "is_food"));
    for (Kind kind : Kind.values()) {
      known.put(kind.key(), Column.of(Type.TEXT, kind.key()));
      known.put(kind.idField(), Column.of(Type.TEXT, kind.idField()));
    }
    for (Nutrient nutrient : Nutrient.values()) {
      known.put(nutrient.key(), new Column(Type.NUTRIENT, nutrient.key(), nutrient.unit().symbol()));
    }
    known.put("ingredients", Column.of(Type.TEXT, "ingredients"));
    known.put("package_size", Column.of(Type.NUMBER, "package_size"));
    known.put("package_size_unit", Column.of(Type.TEXT, "package_size_unit"));
    known.put("image_url", Column.of(Type.TEXT, "image_url"));
    known.put("score_final", Column.of(Type.SCORE, "final"));
    known.put("score_ingredients", Column.of(Type.SCORE, "ingredients"));
    known.put("score_nutrients", Column.of(Type.SCORE, "nutrients"));
    known.put("edible_yield", Column.of(Type.NUMBER, "edible_yield"));
    return known;
  }
}
