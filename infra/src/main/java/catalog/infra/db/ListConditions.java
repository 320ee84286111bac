package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.search.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The WHERE conditions of list filters over {@code product p}, with no join: classification filters
 * become {@code p.<kind>_id = ANY(ARRAY(SELECT id FROM <kind> WHERE lower(name) = ANY(?)))}, which
 * PostgreSQL runs once per statement and then treats as a constant, or {@code p.<kind>_id = ANY(?)}
 * with the ids when the list has read them first ({@link FilterIds}). Negations keep products without a
 * value (x IS NULL OR x <> ALL(...)); ranges leave them out.
 */
final class ListConditions {
  private ListConditions() {}

  /** {@code " WHERE ..."} for the filters (and NOT p.discarded when asked), or an empty clause. */
  static Clause where(List<Filter> filters, boolean hideDiscarded) {
    return where(filters, hideDiscarded, FilterIds.NONE);
  }

  /** {@link #where(List, boolean)}, with the classifications of some filters given by their ids. */
  static Clause where(List<Filter> filters, boolean hideDiscarded, FilterIds ids) {
    Clause all = all(filters, hideDiscarded, ids);
    return all.sql().isEmpty() ? Clause.NONE : new Clause(" WHERE " + all.sql(), all.values());
  }

  /** The same conditions joined by AND, without the WHERE (empty when there are none). */
  static Clause all(List<Filter> filters, boolean hideDiscarded) {
    return all(filters, hideDiscarded, FilterIds.NONE);
  }

  private static Clause all(List<Filter> filters, boolean hideDiscarded, FilterIds ids) {
    List<Clause> conditions = new ArrayList<>();
    if (hideDiscarded) {
      conditions.add(Clause.of("NOT p.discarded"));
    }
    filters.forEach(f -> conditions.add(condition(f, ids)));
    return Clause.join(" AND ", conditions);
  }

  static Clause condition(Filter filter) {
    return condition(filter, FilterIds.NONE);
  }

  private static Clause condition(Filter filter, FilterIds ids) {
    Field field = filter.field();
    List<UUID> known = ids.of(filter);
    if (known != null) {
      return Clause.of("p." + Tables.REFERENCE_COLUMN.get(field.kind().orElseThrow()) + " = ANY(?)",
          Clause.Bound.array(Field.Type.UUID, known));
    }
    if (field.kind().isPresent()) {
      return classification(field.kind().get(), filter);
    }
    String column = Tables.FIELD_COLUMN.get(field);
    List<Object> values = filter.values();
    return switch (filter.operator()) {
      case EQUALS -> field == Field.NAME ? nameEquals(column, values) : equalsAny(column, field, values);
      case NOT_EQUALS, NOT_IN -> Clause.of(keepNull(field, column, column + " <> ALL(?)"),
          Clause.Bound.array(field.type(), values));
      case AT_LEAST -> Clause.of(column + " >= ?", Clause.Bound.one(field.type(), values.getFirst()));
      case AT_MOST -> Clause.of(column + " <= ?", Clause.Bound.one(field.type(), values.getFirst()));
      case CONTAINS -> Clause.of("p.name_folded LIKE ? ESCAPE '\\'",
          Clause.Bound.one(Field.Type.TEXT, "%" + escapeLike(TextFolding.fold((String) values.getFirst())) + "%"));
    };
  }

  /**
   * The names as given, and their folded forms too, which follow from them: the name index leads with
   * {@code name_folded} (it serves the name sort), so only through those can it find the rows.
   */
  private static Clause nameEquals(String column, List<Object> names) {
    List<Object> folded = names.stream().map(name -> (Object) TextFolding.fold((String) name)).toList();
    return Clause.join(" AND ",
        List.of(equalsAny("p.name_folded", Field.NAME, folded), equalsAny(column, Field.NAME, names)));
  }

  /** {@code column = ?}, or {@code = ANY(?)} for several values. */
  private static Clause equalsAny(String column, Field field, List<Object> values) {
    return values.size() == 1
        ? Clause.of(column + " = ?", Clause.Bound.one(field.type(), values.getFirst()))
        : Clause.of(column + " = ANY(?)", Clause.Bound.array(field.type(), values));
  }

  private static Clause classification(Kind kind, Filter filter) {
    String column = "p." + Tables.REFERENCE_COLUMN.get(kind);
    String ids = "ARRAY(" + idsNamed(kind) + ")";
    Clause.Bound bound = Clause.Bound.array(Field.Type.TEXT, FilterIds.names(filter));
    return switch (filter.operator()) {
      case EQUALS -> Clause.of(column + " = ANY(" + ids + ")", bound);
      case NOT_EQUALS, NOT_IN -> Clause.of(keepNull(filter.field(), column, column + " <> ALL(" + ids + ")"), bound);
      default -> throw new IllegalArgumentException(filter.key() + " is not a classification filter");
    };
  }

  /**
   * The ids of the classifications of {@code kind} that have one of the names bound, ignoring case as the
   * database's {@code lower()} does (the names are folded by it too, not by Java: see
   * {@link ImportClassifications}), discarded ones too: what a classification filter keeps, whether the
   * statement reads them itself or the list reads them first ({@link FilterIds}).
   */
  static String idsNamed(Kind kind) {
    return "SELECT id FROM " + Tables.CLASSIFICATION_TABLE.get(kind)
        + " WHERE lower(name) = ANY(ARRAY(SELECT lower(n) FROM unnest(?::text[]) AS n))";
  }

  private static String keepNull(Field field, String column, String condition) {
    return field.nullable() ? "(" + column + " IS NULL OR " + condition + ")" : condition;
  }

  /** Makes {@code %}, {@code _} and the escape character itself match literally. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
