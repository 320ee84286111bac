package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.ProductReads;
import catalog.domain.listing.SortKey;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.ProductView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Product reads as SQL: one row per product with its classifications' names joined in. */
final class JdbcProductReads implements ProductReads {
  private static final String SELECT = "SELECT p.id, " + ProductRows.columns("p.")
      + ", p.version, p.discarded, p.created_at, p.updated_at" + classificationNames() + " FROM product p"
      + joins();
  private static final String FIND = SELECT + " WHERE p.id = ?";

  private final Sql.ConnectionSource connections;

  JdbcProductReads(Sql.ConnectionSource connections) {
    this.connections = connections;
  }

  @Override
  public Optional<ProductView> find(UUID id) {
    return Sql.run(connections, "reading a product", c -> {
      try (PreparedStatement ps = c.prepareStatement(FIND)) {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(view(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public ProductPage list(ProductQuery query) {
    return Sql.run(connections, "listing products", c -> {
      List<ProductView> rows = fetch(c, query);
      Keyset next = null;
      if (rows.size() > query.limit()) {
        rows = rows.subList(0, query.limit());
        ProductView last = rows.get(rows.size() - 1);
        next = new Keyset(query.sort().stream().map(k -> k.field().valueIn(last)).toList(), last.id());
      }
      Long total = query.includeTotal() ? count(c, query) : null;
      return new ProductPage(rows, next, total);
    });
  }

  private static List<ProductView> fetch(Connection c, ProductQuery query) throws SQLException {
    Where where = where(query, true);
    String sql = SELECT + where.sql() + orderBy(query.sort()) + " LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = where.bind(c, ps, 1);
      ps.setInt(i, query.limit() + 1);
      try (ResultSet rs = ps.executeQuery()) {
        List<ProductView> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(view(rs));
        }
        return rows;
      }
    }
  }

  private static long count(Connection c, ProductQuery query) throws SQLException {
    Where where = where(query, false);
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM product p" + joins() + where.sql())) {
      where.bind(c, ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Conditions and their values; every identifier comes from {@link Tables}, every value is bound. */
  private record Where(String sql, List<Bound> values) {
    int bind(Connection c, PreparedStatement ps, int from) throws SQLException {
      int i = from;
      for (Bound value : values) {
        value.bind(c, ps, i++);
      }
      return i;
    }
  }

  private record Bound(Field.Type type, Object value, boolean array) {
    void bind(Connection c, PreparedStatement ps, int index) throws SQLException {
      if (array) {
        ps.setArray(index, c.createArrayOf(Tables.ARRAY_TYPE.get(type), ((List<?>) value).toArray()));
      } else if (type == Field.Type.TIME) {
        ps.setTimestamp(index, Timestamp.from((Instant) value));
      } else {
        ps.setObject(index, value);
      }
    }
  }

  private static Where where(ProductQuery query, boolean withKeyset) {
    List<String> conditions = new ArrayList<>();
    List<Bound> values = new ArrayList<>();
    if (query.hidesDiscarded()) {
      conditions.add("NOT p.discarded");
    }
    for (Filter filter : query.filters()) {
      Field field = filter.field();
      conditions.add(Tables.FIELD_EXPRESSION.get(field) + " = ANY(?)");
      List<Object> bound = field.kind().isPresent()
          ? filter.values().stream().map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT)).toList()
          : filter.values();
      values.add(new Bound(field.type(), bound, true));
    }
    if (withKeyset && query.after() != null) {
      conditions.add(keyset(query.sort(), query.after(), values));
    }
    return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
  }

  /**
   * Rows after the keyset in sort order. The id tie-breaker runs in the first key's direction, so a
   * sort in one direction is a row comparison an index on (key, id) answers; mixed directions expand
   * to the equivalent OR of prefixes.
   */
  private static String keyset(List<SortKey> sort, Keyset after, List<Bound> values) {
    boolean descending = sort.get(0).descending();
    boolean uniform = sort.stream().allMatch(k -> k.descending() == descending);
    if (uniform) {
      List<String> left = new ArrayList<>();
      for (int k = 0; k < sort.size(); k++) {
        left.add(Tables.FIELD_EXPRESSION.get(sort.get(k).field()));
        values.add(new Bound(sort.get(k).field().type(), after.values().get(k), false));
      }
      left.add("p.id");
      values.add(new Bound(Field.Type.UUID, after.id(), false));
      String placeholders = String.join(", ", java.util.Collections.nCopies(left.size(), "?"));
      return "(" + String.join(", ", left) + ") " + (descending ? "<" : ">") + " (" + placeholders + ")";
    }
    List<String> alternatives = new ArrayList<>();
    for (int k = 0; k <= sort.size(); k++) {
      List<String> parts = new ArrayList<>();
      for (int e = 0; e < k; e++) {
        parts.add(Tables.FIELD_EXPRESSION.get(sort.get(e).field()) + " = ?");
        values.add(new Bound(sort.get(e).field().type(), after.values().get(e), false));
      }
      if (k < sort.size()) {
        SortKey key = sort.get(k);
        parts.add(Tables.FIELD_EXPRESSION.get(key.field()) + (key.descending() ? " < ?" : " > ?"));
        values.add(new Bound(key.field().type(), after.values().get(k), false));
      } else {
        parts.add("p.id " + (descending ? "< ?" : "> ?"));
        values.add(new Bound(Field.Type.UUID, after.id(), false));
      }
      alternatives.add("(" + String.join(" AND ", parts) + ")");
    }
    return "(" + String.join(" OR ", alternatives) + ")";
  }

  private static String orderBy(List<SortKey> sort) {
    List<String> terms = new ArrayList<>();
    for (SortKey key : sort) {
      terms.add(Tables.FIELD_EXPRESSION.get(key.field()) + (key.descending() ? " DESC" : " ASC"));
    }
    terms.add("p.id" + (sort.get(0).descending() ? " DESC" : " ASC"));
    return " ORDER BY " + String.join(", ", terms);
  }

  private static ProductView view(ResultSet rs) throws SQLException {
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

  private static String classificationNames() {
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
