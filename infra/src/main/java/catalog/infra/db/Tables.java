package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.SourceOrder;
import catalog.domain.product.Nutrient;
import java.util.EnumMap;
import java.util.Map;

/** The only place SQL identifiers come from: fixed maps from model names to tables and columns. */
final class Tables {
  private Tables() {}

  static final Map<Kind, String> CLASSIFICATION_TABLE = new EnumMap<>(Map.of(
      Kind.SOURCE, "source",
      Kind.BRAND, "brand",
      Kind.CATEGORY, "category",
      Kind.PARENT_CATEGORY, "parent_category",
      Kind.FOOD_GROUP, "food_group",
      Kind.PROCESS_TYPE, "process_type"));

  /** Product column referencing each kind, and the alias its table is joined under in reads. */
  static final Map<Kind, String> REFERENCE_COLUMN = new EnumMap<>(Map.of(
      Kind.SOURCE, "source_id",
      Kind.BRAND, "brand_id",
      Kind.CATEGORY, "category_id",
      Kind.PARENT_CATEGORY, "parent_category_id",
      Kind.FOOD_GROUP, "food_group_id",
      Kind.PROCESS_TYPE, "process_type_id"));

  static final Map<Kind, String> JOIN_ALIAS = new EnumMap<>(Map.of(
      Kind.SOURCE, "c_src",
      Kind.BRAND, "c_brd",
      Kind.CATEGORY, "c_cat",
      Kind.PARENT_CATEGORY, "c_pcat",
      Kind.FOOD_GROUP, "c_fgrp",
      Kind.PROCESS_TYPE, "c_ptyp"));

  static final Map<Nutrient, String> NUTRIENT_COLUMN = nutrientColumns();

  /** The product column of each list field that has one (classifications go through their tables). */
  static final Map<Field, String> FIELD_COLUMN = fieldColumns();

  /**
   * The rank of a source name expression under {@link SourceOrder}: a CASE over the fixed, lower-case
   * names of the domain's list (checked to be plain words), others after them.
   */
  static String sourceRank(String nameExpression) {
    StringBuilder sql = new StringBuilder("CASE ").append(nameExpression);
    for (int i = 0; i < SourceOrder.FIRST.size(); i++) {
      String name = SourceOrder.FIRST.get(i);
      if (!name.matches("[a-z0-9_]+")) {
        throw new IllegalStateException("source order names must be plain lower-case words: " + name);
      }
      sql.append(" WHEN '").append(name).append("' THEN ").append(i);
    }
    return sql.append(" ELSE ").append(SourceOrder.FIRST.size()).append(" END").toString();
  }

  /** PostgreSQL array element type for binding a field's values as {@code = ANY(?)}. */
  static final Map<Field.Type, String> ARRAY_TYPE = new EnumMap<>(Map.of(
      Field.Type.UUID, "uuid",
      Field.Type.TEXT, "text",
      Field.Type.BOOLEAN, "bool",
      Field.Type.TIME, "timestamptz",
      Field.Type.NUMBER, "float8"));

  private static Map<Field, String> fieldColumns() {
    Map<Field, String> columns = new EnumMap<>(Map.of(
        Field.ID, "p.id",
        Field.NAME, "p.name",
        Field.BARCODE, "p.barcode",
        Field.IS_FOOD, "p.is_food",
        Field.CREATED_AT, "p.created_at",
        Field.UPDATED_AT, "p.updated_at",
        Field.DISCARDED, "p.discarded"));
    for (Field field : Field.values()) {
      field.nutrient().ifPresent(n -> columns.put(field, "p." + NUTRIENT_COLUMN.get(n)));
    }
    return columns;
  }

  private static Map<Nutrient, String> nutrientColumns() {
    Map<Nutrient, String> columns = new EnumMap<>(Nutrient.class);
    columns.put(Nutrient.CALORIES, "nf_calories");
    columns.put(Nutrient.WATER, "nf_water");
    columns.put(Nutrient.PROTEIN, "nf_protein");
    columns.put(Nutrient.TOTAL_FAT, "nf_total_fat");
    columns.put(Nutrient.SATURATED_FAT, "nf_saturated_fat");
    columns.put(Nutrient.MONOUNSATURATED_FAT, "nf_monounsaturated_fat");
    columns.put(Nutrient.POLYUNSATURATED_FAT, "nf_polyunsaturated_fat");
    columns.put(Nutrient.CARBOHYDRATE, "nf_carbohydrate");
    columns.put(Nutrient.SUGARS, "nf_sugars");
    columns.put(Nutrient.FIBER, "nf_fiber");
    columns.put(Nutrient.CHOLESTEROL, "nf_cholesterol");
    columns.put(Nutrient.SODIUM, "nf_sodium");
    columns.put(Nutrient.POTASSIUM, "nf_potassium");
    columns.put(Nutrient.CALCIUM, "nf_calcium");
    columns.put(Nutrient.IRON, "nf_iron");
    columns.put(Nutrient.MAGNESIUM, "nf_magnesium");
    columns.put(Nutrient.VITAMIN_A, "nf_vitamin_a");
    columns.put(Nutrient.VITAMIN_C, "nf_vitamin_c");
    if (columns.size() != Nutrient.values().length) {
      throw new IllegalStateException("every nutrient needs a column");
    }
    return columns;
  }
}
