package catalog.infra.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * What PostgreSQL's statistics hold of one column, as ANALYZE last sampled it: the table's estimated rows,
 * the share of NULLs, the number of distinct values (PostgreSQL's {@code n_distinct}: negative for a share
 * of the rows, turned into a number here), the most common values with their shares, and the histogram's
 * bounds. The table and column are bound as values, never spelt into the statement.
 */
record ColumnStatistics(double rows, double nullShare, double distinct, List<String> common,
    List<Double> commonShares, List<String> histogram) {
  private static final String READ = """
      SELECT c.reltuples, s.null_frac, s.n_distinct, s.most_common_vals::text::text[], s.most_common_freqs,
        s.histogram_bounds::text::text[]
      FROM pg_class c
      LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = ? AND NOT s.inherited
        AND s.attname = ?
      WHERE c.oid = to_regclass(?)""";

  ColumnStatistics {
    if (common.size() != commonShares.size()) {
      throw new IllegalArgumentException("the most common values and their shares differ in number");
    }
    common = List.copyOf(common);
    commonShares = List.copyOf(commonShares);
    histogram = List.copyOf(histogram);
  }

  /** The statistics of {@code table.column}; null where the table has none (never analysed) or no rows. */
  static ColumnStatistics read(Connection c, String table, String column) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(READ)) {
      ps.setString(1, table);
      ps.setString(2, column);
      ps.setString(3, table);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getObject(2) == null || rs.getFloat(1) <= 0) {
          return null;
        }
        double rows = rs.getFloat(1);
        double distinct = rs.getFloat(3) < 0 ? -rs.getFloat(3) * rows : rs.getFloat(3);
        return new ColumnStatistics(rows, rs.getFloat(2), distinct, texts(rs.getArray(4)), shares(rs.getArray(5)),
            texts(rs.getArray(6)));
      }
    }
  }

  private static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static List<Double> shares(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Float[]) array.getArray()).map(Float::doubleValue).toList();
  }
}
