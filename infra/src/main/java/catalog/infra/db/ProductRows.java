package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.product.NutriFacts;
import catalog.domain.product.Nutrient;
import catalog.domain.product.PackageSize;
import catalog.domain.product.ProductFields;
import catalog.domain.product.Score;
import catalog.domain.search.SearchText;
import catalog.domain.search.TextFolding;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How {@link ProductFields} sit in the product table's columns: one fixed order for binding and reading. */
final class ProductRows {
  private ProductRows() {}

  /**
   * The written columns, in binding order: the fields, then the name's folded and search forms (derived
   * here so that every writer keeps them in step with the name).
   */
  static final String FIELD_COLUMNS = columns("") + ", name_folded, name_search";

  static final int FIELD_COUNT = FIELD_COLUMNS.split(",").length;

  /** The columns {@link #read} reads (the fields, not the derived name forms), each prefixed with {@code prefix}. */
  static String columns(String prefix) {
    return Stream.of(
          Stream.of("name", "barcode", "is_food"),
          Arrays.stream(Kind.values()).map(Tables.REFERENCE_COLUMN::get),
          Arrays.stream(Nutrient.values()).map(Tables.NUTRIENT_COLUMN::get),
          Stream.of("ingredients", "package_size", "package_size_unit", "image_url",
              "score_final", "score_ingredients", "score_nutrients", "edible_yield"))
        .flatMap(s -> s)
        .map(column -> prefix + column)
        .collect(Collectors.joining(", "));
  }

  /** Binds the fields from {@code index}; returns the next free index. */
  static int bind(PreparedStatement ps, int index, ProductFields f) throws SQLException {
    int i = index;
    ps.setString(i++, f.name());
    ps.setString(i++, f.barcode());
    ps.setBoolean(i++, f.isFood());
    for (Kind kind : Kind.values()) {
      ps.setObject(i++, f.classifications().get(kind), Types.OTHER);
    }
    for (Nutrient nutrient : Nutrient.values()) {
      setDouble(ps, i++, f.nutriFacts().values().get(nutrient));
    }
    ps.setString(i++, f.ingredients());
    PackageSize size = f.packageSize();
    setDouble(ps, i++, size == null ? null : size.amount());
    ps.setString(i++, size == null ? null : size.unit().symbol());
    ps.setString(i++, f.imageUrl());
    Score score = f.score();
    setDouble(ps, i++, score == null ? null : score.overall());
    setDouble(ps, i++, score == null ? null : score.ingredients());
    setDouble(ps, i++, score == null ? null : score.nutrients());
    setDouble(ps, i++, f.edibleYield());
    ps.setString(i++, TextFolding.fold(f.name()));
    ps.setString(i++, SearchText.of(f.name()));
    return i;
  }

  /** Reads the fields of the current row; columns are read by name (with an optional table alias prefix). */
  static ProductFields read(ResultSet rs) throws SQLException {
    Map<Kind, UUID> refs = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      UUID id = rs.getObject(Tables.REFERENCE_COLUMN.get(kind), UUID.class);
      if (id != null) {
        refs.put(kind, id);
      }
    }
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    for (Nutrient nutrient : Nutrient.values()) {
      Double value = getDouble(rs, Tables.NUTRIENT_COLUMN.get(nutrient));
      if (value != null) {
        nutrients.put(nutrient, value);
      }
    }
    Double finalScore = getDouble(rs, "score_final");
    Double ingredientsScore = getDouble(rs, "score_ingredients");
    Double nutrientsScore = getDouble(rs, "score_nutrients");
    Score score = finalScore == null && ingredientsScore == null && nutrientsScore == null
        ? null : new Score(finalScore, ingredientsScore, nutrientsScore);
    return new ProductFields(
        rs.getString("name"),
        rs.getString("barcode"),
        rs.getBoolean("is_food"),
        refs,
        new NutriFacts(nutrients),
        rs.getString("ingredients"),
        PackageSize.of(getDouble(rs, "package_size"), rs.getString("package_size_unit")),
        rs.getString("image_url"),
        score,
        getDouble(rs, "edible_yield"));
  }

  private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  private static Double getDouble(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
