package catalog.infra.db;

import catalog.domain.listing.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A piece of SQL and the values for its placeholders, in order; values are only ever bound. */
record Clause(String sql, List<Clause.Bound> values) {
  static final Clause NONE = new Clause("", List.of());

  Clause {
    values = List.copyOf(values);
  }

  static Clause of(String sql, Bound... values) {
    return new Clause(sql, List.of(values));
  }

  /** Joins clauses with {@code separator}, skipping empty ones, keeping the values in order. */
  static Clause join(String separator, List<Clause> parts) {
    List<String> sql = new ArrayList<>();
    List<Bound> values = new ArrayList<>();
    for (Clause part : parts) {
      if (!part.sql().isEmpty()) {
        sql.add(part.sql());
        values.addAll(part.values());
      }
    }
    return new Clause(String.join(separator, sql), values);
  }

  /** Binds the values from {@code from}; returns the next free index. */
  int bind(Connection c, PreparedStatement ps, int from) throws SQLException {
    int i = from;
    for (Bound value : values) {
      value.bind(c, ps, i++);
    }
    return i;
  }

  /** One placeholder's value: a single value of a field type, or an array of them. */
  record Bound(Field.Type type, Object value, boolean array) {
    static Bound one(Field.Type type, Object value) {
      return new Bound(type, value, false);
    }

    static Bound array(Field.Type type, List<?> values) {
      return new Bound(type, values, true);
    }

    void bind(Connection c, PreparedStatement ps, int index) throws SQLException {
      if (array) {
        ps.setArray(index, c.createArrayOf(Tables.ARRAY_TYPE.get(type), ((List<?>) value).toArray()));
        return;
      }
      switch (type) {
        case UUID -> ps.setObject(index, value, Types.OTHER);
        case TEXT -> ps.setString(index, (String) value);
        case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
        case TIME -> ps.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
        case NUMBER -> ps.setDouble(index, (Double) value);
      }
    }
  }
}
