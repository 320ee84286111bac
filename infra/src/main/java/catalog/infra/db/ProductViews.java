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

  /**
   * The classifications' names, one scalar subquery per kind on the row of {@code p}: unlike six outer
   * joins they leave the planner a single relation to plan (planning eight-way joins cost more than
   * running a page), and each is one primary-key lookup per row of the page.
   */
  static final String NAMES = names();

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
      sql.append(", (SELECT ").append(alias).append(".name FROM ").append(Tables.CLASSIFICATION_TABLE.get(kind))
          .append(' ').append(alias).append(" WHERE ").append(alias).append(".id = p.")
          .append(Tables.REFERENCE_COLUMN.get(kind)).append(") AS ").append(alias).append("_name");
    }
    return sql.toString();
  }
}
