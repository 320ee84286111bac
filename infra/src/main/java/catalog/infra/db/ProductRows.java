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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How {@link ProductFields} sit in the product table's columns: one fixed order for binding and reading. */
final class ProductRows {
  /** The constants {@link #read} walks for every row, kept: {@code values()} copies its array each call. */
  private static final Kind[] KINDS = Kind.values();
  private static final Nutrient[] NUTRIENTS = Nutrient.values();

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

  /**
   * The values of {@link #FIELD_COLUMNS} in order (String, Boolean, UUID, Double or null), the derived
   * name forms included, as bulk writes such as COPY send them.
   */
  static List<Object> values(ProductFields f) {
    List<Object> values = new ArrayList<>(FIELD_COUNT);
    values.add(f.name());
    values.add(f.barcode());
    values.add(f.isFood());
    for (Kind kind : Kind.values()) {
      values.add(f.classifications().get(kind));
    }
    for (Nutrient nutrient : Nutrient.values()) {
      values.add(f.nutriFacts().values().get(nutrient));
    }
    values.add(f.ingredients());
    PackageSize size = f.packageSize();
    values.add(size == null ? null : size.amount());
    values.add(size == null ? null : size.unit().symbol());
    values.add(f.imageUrl());
    Score score = f.score();
    values.add(score == null ? null : score.overall());
    values.add(score == null ? null : score.ingredients());
    values.add(score == null ? null : score.nutrients());
    values.add(f.edibleYield());
    values.add(TextFolding.fold(f.name()));
    values.add(SearchText.of(f.name()));
    return values;
  }

  /** How many columns {@link #columns} names, and {@link #read} reads. */
  static final int READ_COUNT = columns("").split(",").length;

  /**
   * Reads the fields of the current row from the {@link #columns} that start at column {@code first}. By
   * position, not by name: looking up 33 names a row was an eighth of the service's time reading a page.
   */
  static ProductFields read(ResultSet rs, int first) throws SQLException {
    int i = first;
    String name = rs.getString(i++);
    String barcode = rs.getString(i++);
    boolean isFood = rs.getBoolean(i++);
    Map<Kind, UUID> refs = new EnumMap<>(Kind.class);
    for (Kind kind : KINDS) {
      UUID id = rs.getObject(i++, UUID.class);
      if (id != null) {
        refs.put(kind, id);
      }
    }
    Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    for (Nutrient nutrient : NUTRIENTS) {
      Double value = getDouble(rs, i++);
      if (value != null) {
        nutrients.put(nutrient, value);
      }
    }
    String ingredients = rs.getString(i++);
    Double packageSize = getDouble(rs, i++);
    String packageUnit = rs.getString(i++);
    String imageUrl = rs.getString(i++);
    Double finalScore = getDouble(rs, i++);
    Double ingredientsScore = getDouble(rs, i++);
    Double nutrientsScore = getDouble(rs, i++);
    Double edibleYield = getDouble(rs, i);
    Score score = finalScore == null && ingredientsScore == null && nutrientsScore == null
        ? null : new Score(finalScore, ingredientsScore, nutrientsScore);
    return new ProductFields(name, barcode, isFood, refs, new NutriFacts(nutrients), ingredients,
        PackageSize.of(packageSize, packageUnit), imageUrl, score, edibleYield);
  }

  private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  private static Double getDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
