package catalog.infra.db;

import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Operator;
import catalog.domain.listing.ProductQuery;
import catalog.domain.search.TextFolding;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a list of live products filtered by {@code name_like} alone, in name order (the search box's list),
 * finds its page. Two plans answer it, and which is faster depends on how many names contain the text:
 * <ul>
 *   <li>{@link Plan#WALK}: walk the name index in order, testing each entry ({@code strpos}, in the index
 *       without visiting the table), until the page is full. About {@code (limit + 1) / share} entries: 0.1
 *       to 0.4 ms for a word in 1 to 7 % of the names at 100,000 products, but the whole index (about 9
 *       ms) for a word no name holds.
 *   <li>{@link Plan#MATCHES}: every name that contains it, from the trigram index, then sorted. About
 *       {@code share × rows} rows read from the table, five times an entry's cost each.
 * </ul>
 * PostgreSQL would choose between them itself, from its statistics of {@code name_folded}, but it does
 * so while planning each list afresh, which cost about 0.2 ms a list, as much as the walk. Here the
 * choice is made from the same statistics ({@link NameShares}), and each plan has a statement of its own
 * whose plan does not depend on the text: {@code strpos} gives the trigram index nothing to answer, and
 * the text of {@code LIKE (SELECT ?)} is only known when the statement runs, so both keep their generic
 * plans. At the benchmark's 100,000 products the list's statement took 0.50 against 0.77 ms (pgbench,
 * one client, the 12 words of {@code scripts/bench-queries}). Every other list keeps the statement
 * PostgreSQL plans with the text ({@link Plan#PLANNED}), and so does this one while there are no
 * statistics, without pg_trgm, or for a text without three letters or digits in a row (the trigram index
 * could not narrow its LIKE). All three return the same rows.
 */
final class NameContains {
  /** How a list with a name_like filter finds its page. */
  enum Plan {
    /** The list's general statement, which PostgreSQL plans with the text each time. */
    PLANNED,
    /** Walks the name index. */
    WALK,
    /** Reads every name that contains the text through the trigram index, then sorts them. */
    MATCHES
  }

  /**
   * The cost of testing one entry of the name index, against that of reading one match through the
   * trigram index (finding it, reading and testing its row, sorting it). Measured with pgbench at 100,000
   * products: about 0.094 µs an entry ("rice": 3,628 entries) and 0.44 to 0.5 µs a match ("milk" and
   * "flour": 557 and 367).
   */
  static final double ENTRY_COST = 0.19;

  /** Three letters or digits in a row: a trigram pg_trgm takes from any LIKE pattern that holds them. */
  private static final Pattern TRIGRAM = Pattern.compile("[a-z0-9]{3}");

  private NameContains() {}

  /** The plan for {@code query}, reading the statistics on {@code c} when they are stale. */
  static Plan plan(Connection c, ProductQuery query, boolean trigramIndex, NameShares shares) throws SQLException {
    String folded = servedText(query);
    if (folded == null || !trigramIndex || !TRIGRAM.matcher(folded).find()) {
      return Plan.PLANNED;
    }
    NameShares.Statistics statistics = shares.statistics(c);
    if (statistics == null) {
      return Plan.PLANNED;
    }
    return choose(statistics.containing(folded), statistics.rows(), query.limit() + 1);
  }

  /**
   * {@link Plan#WALK} when walking to {@code wanted} matches of a text in {@code share} of {@code rows}
   * names costs no more than reading all of them: {@code wanted / share × ENTRY_COST <= share × rows}.
   * At 100,000 rows and 51 wanted that is a share of about 1 %.
   */
  static Plan choose(double share, double rows, int wanted) {
    return share * share * rows >= wanted * ENTRY_COST ? Plan.WALK : Plan.MATCHES;
  }

  /**
   * The folded text of the query's one filter when it is a list this class serves (live products, one
   * {@code name_like} filter and nothing else, sorted by name either way), or null.
   */
  private static String servedText(ProductQuery query) {
    if (!query.hidesDiscarded() || query.filters().size() != 1 || query.sort().size() != 1
        || query.sort().getFirst().field() != Field.NAME) {
      return null;
    }
    Filter filter = query.filters().getFirst();
    if (filter.field() != Field.NAME || filter.operator() != Operator.CONTAINS) {
      return null;
    }
    return TextFolding.fold((String) filter.values().getFirst());
  }

  /**
   * The ids of the page and one more, with their sort values as {@code sk0, sk1}, under {@code plan}
   * (not {@link Plan#PLANNED}). The walk is the general statement's shape with {@code strpos}; the
   * matches are read in a subquery that OFFSET 0 keeps whole, so that the sort cannot be served by the
   * name index.
   */
  static Clause pageIds(Plan plan, ProductQuery query, SortTerms sort) {
    String folded = servedText(query);
    Clause where = switch (plan) {
      case WALK -> Clause.of("NOT p.discarded AND strpos(p.name_folded, ?) > 0",
          Clause.Bound.one(Field.Type.TEXT, folded));
      case MATCHES -> Clause.of("NOT p.discarded AND p.name_folded LIKE (SELECT ?::text)",
          Clause.Bound.one(Field.Type.TEXT, "%" + ListConditions.escapeLike(folded) + "%"));
      case PLANNED -> throw new IllegalArgumentException("the planned statement is the list's own");
    };
    if (query.after() != null) {
      where = Clause.join(" AND ", List.of(where, sort.after(query.after())));
    }
    String keys = sort.values();
    String limit = JdbcProductReads.limit(query.limit() + 1);
    String sql = plan == Plan.WALK
        ? "SELECT p.id" + keys + " FROM product p WHERE " + where.sql() + sort.orderBy(null) + limit
        : "SELECT p.id, p.sk0, p.sk1 FROM (SELECT p.id" + keys + " FROM product p WHERE " + where.sql()
            + " OFFSET 0) p" + sort.orderBy("p.sk") + limit;
    return new Clause(sql, where.values());
  }
}
