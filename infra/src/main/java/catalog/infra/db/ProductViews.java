package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.ProductView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** How reads select a product with its classifications' names, and turn the row into a {@link ProductView}. */
final class ProductViews {
  /** The product's own columns, read from {@code product p}. */
  static final String COLUMNS = "p.id, " + ProductRows.columns("p.") + ", p.version, p.discarded, p.created_at, p.updated_at";

  /** The classifications' names, from the joins of {@link #JOINS}. */
  static final String NAMES = names();

  /** One join per kind, on the columns of {@code p} (a table or a subquery of product rows). */
  static final String JOINS = joins();

  private ProductViews() {}

  static ProductView view(ResultSet rs) throws SQLException {
    Map<Kind, ClassificationRef> refs = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      UUID id = rs.getObject(Tables.REFERENCE_COLUMN.get(kind), UUID.class);
      if (id != null) {
        refs.put(kind, new ClassificationRef(id, rs.getString(Tables.JOIN_ALIAS.get(kind) + "_name")));
      }
    }
    return new ProductView(
        rs.getObject("id", UUID.class),
        ProductRows.read(rs),
        refs,
        rs.getLong("version"),
        rs.getBoolean("discarded"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static String names() {
    StringBuilder sql = new StringBuilder();
    for (Kind kind : Kind.values()) {
      String alias = Tables.JOIN_ALIAS.get(kind);
      sql.append(", ").append(alias).append(".name AS ").append(alias).append("_name");
    }
    return sql.toString();
  }

  private static String joins() {
    StringBuilder sql = new StringBuilder();
    for (Kind kind : Kind.values()) {
      String alias = Tables.JOIN_ALIAS.get(kind);
      sql.append(kind == Kind.SOURCE ? " JOIN " : " LEFT JOIN ")
          .append(Tables.CLASSIFICATION_TABLE.get(kind)).append(' ').append(alias)
          .append(" ON ").append(alias).append(".id = p.").append(Tables.REFERENCE_COLUMN.get(kind));
    }
    return sql.toString();
  }
}
