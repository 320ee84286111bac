package catalog.infra.db;

import catalog.domain.classification.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The classifications that PostgreSQL's own statistics of {@code product} count among the common values
 * of its reference column, at least {@link #COMMON} of the products each, by lower-case name: one set per
 * {@link Database}, read from {@code pg_stats} again when it is more than a minute old.
 *
 * <p>A list filtered by classification names the classification in an InitPlan (ListConditions), so
 * PostgreSQL plans it without knowing which one, as if it were any: it walks the sort's index until the
 * page is full, which for a classification of a few products means the whole index. For one of these
 * common classifications that walk is short (at most about {@code 51 / COMMON} entries), and the statement
 * keeps its generic plan; for any other the list reads the ids first and has the statement planned with
 * them ({@link FilterIds}). Whatever this says, both statements return the same rows: a stale or missing
 * set only costs time.
 */
final class CommonClassifications {
  /**
   * The share of the products from which a classification counts as common. From there, the walk of the
   * sort's index passes at most about 2,550 entries for a page of 50: about 0.25 ms where the index
   * carries the reference, 2 ms where each entry is read from the table (3,402 entries took 2.7 ms), so
   * reading the ids and planning afresh (about 0.3 ms) would seldom pay. Below it the walk grows as the
   * share shrinks, to the whole index for a classification of a few products.
   */
  static final double COMMON = 0.02;
  private static final String READ = statement();

  private final Refreshed<Map<Kind, Set<String>>> names;

  CommonClassifications() {
    this(System::nanoTime);
  }

  CommonClassifications(LongSupplier nanoTime) {
    this.names = new Refreshed<>(CommonClassifications::read, nanoTime);
  }

  /**
   * Whether every one of {@code lowerCaseNames} names a common classification of {@code kind}. Reads the
   * statistics on {@code c} first when they were never read or are more than a minute old, unless another
   * thread is reading them (it then answers from the set it has, or says no).
   */
  boolean allCommon(Connection c, Kind kind, List<String> lowerCaseNames) throws SQLException {
    Map<Kind, Set<String>> current = names.get(c);
    return current != null && current.getOrDefault(kind, Set.of()).containsAll(lowerCaseNames);
  }

  private static Map<Kind, Set<String>> read(Connection c) throws SQLException {
    Map<Kind, Set<String>> names = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      names.put(kind, new HashSet<>());
    }
    try (PreparedStatement ps = c.prepareStatement(READ)) {
      int i = 1;
      for (int k = 0; k < Kind.values().length; k++) {
        ps.setDouble(i++, COMMON);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.get(Kind.values()[rs.getInt(1)]).add(rs.getString(2));
        }
      }
    }
    names.replaceAll((kind, set) -> Set.copyOf(set));
    return Map.copyOf(names);
  }

  /**
   * For each kind, the lower-case names of the classifications whose id {@code pg_stats} lists among the
   * most common values of {@code product}'s reference column, with a frequency of at least the bound
   * share. Tables and columns come from {@link Tables}' fixed maps.
   */
  private static String statement() {
    List<String> parts = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      parts.add("SELECT " + kind.ordinal() + " AS kind, lower(c.name) FROM "
          + Tables.CLASSIFICATION_TABLE.get(kind) + " c JOIN (SELECT v.id FROM pg_stats s"
          + " CROSS JOIN LATERAL unnest(s.most_common_vals::text::uuid[], s.most_common_freqs) AS v(id, freq)"
          + " WHERE s.schemaname = current_schema() AND s.tablename = 'product' AND NOT s.inherited"
          + " AND s.attname = '" + Tables.REFERENCE_COLUMN.get(kind) + "' AND v.freq >= ?) m ON m.id = c.id");
    }
    return String.join(" UNION ALL ", parts);
  }
}
