package catalog.infra.db;

import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.FilterOptions;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.ProductReads;
import catalog.domain.product.ProductView;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Product reads as SQL. A page's ids and sort values are chosen first, from {@code product} alone (plus
 * the one classification a sort may name), in a subquery with its LIMIT: it reads only the sort and
 * filter columns, so a covering index can answer it without visiting the table (a nutrient filter, which
 * must visit it anyway, reads its rows at once; see {@link #page}). Only then are the page's rows read,
 * with the generation of the classifications' names their snapshot saw; the names come from
 * {@link ClassificationNames} for that generation, and those it does not know from one more statement.
 * Counts and filters join nothing. A filter on a classification that is not common among the products
 * has its ids read before the statement, which is then planned with them ({@link FilterIds}).
 */
final class JdbcProductReads implements ProductReads {
  private static final String FIND = "SELECT " + ProductViews.COLUMNS + ProductViews.NAMES + " FROM product p"
      + " WHERE p.id = ?";
  /**
   * A name whose matching classifications are all discarded is spelt as the live one of that name, if
   * there is one, whether or not a matching product has it (names are unique among live ones, ignoring case).
   */
  private static final String SPELT_AS_THE_LIVE_ONE = """
      LEFT JOIN %1$s l ON n.discarded AND NOT l.discarded AND lower(l.name) = lower(n.name)
      ORDER BY lower(n.name), coalesce(l.name, n.name)""";
  /**
   * Options with no filter: for each classification, is there a live product with it (a semi-join that
   * stops at the first one). With filters, that can mean reading every product of each classification
   * that has none matching, so the matching products' distinct references are collected first instead.
   * One option per name as filters match names, by {@code lower()}: a discarded classification still on
   * live products and the live one that reuses its name in another case select the same products, and
   * are offered once, spelt as the live one is.
   */
  private static final String OPTIONS_ALL = """
      SELECT coalesce(l.name, n.name) FROM (SELECT DISTINCT ON (lower(c.name)) c.name, c.discarded FROM %1$s c
        WHERE c.id IN (SELECT p.%2$s FROM product p%3$s) ORDER BY lower(c.name), c.discarded, c.name) n
      """ + SPELT_AS_THE_LIVE_ONE;
  private static final String OPTIONS_MATCHING = """
      SELECT coalesce(l.name, n.name) FROM (SELECT DISTINCT ON (lower(c.name)) c.name, c.discarded
        FROM (SELECT DISTINCT p.%2$s AS id FROM product p%3$s) m JOIN %1$s c ON c.id = m.id
        ORDER BY lower(c.name), c.discarded, c.name) n
      """ + SPELT_AS_THE_LIVE_ONE;

  /** The sort keys with a keyset index of their own (migrations V1 and V6). */
  private static final Set<Field> INDEXED_SORT_KEYS = EnumSet.of(Field.NAME, Field.CREATED_AT, Field.UPDATED_AT);

  private final Sql.ConnectionSource connections;
  private final BooleanSupplier trigramSearch;
  private final ClassificationNames names;
  private final CommonClassifications common;
  private final QueryStatistics statistics;

  JdbcProductReads(Sql.ConnectionSource connections, BooleanSupplier trigramSearch, ClassificationNames names,
      CommonClassifications common, QueryStatistics statistics) {
    this.connections = connections;
    this.trigramSearch = trigramSearch;
    this.names = names;
    this.common = common;
    this.statistics = statistics;
  }

  @Override
  public Optional<ProductView> find(UUID id) {
    return Sql.run(connections, "reading a product", c -> {
      try (PreparedStatement ps = c.prepareStatement(FIND)) {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(ProductViews.view(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public ProductPage list(ProductQuery query) {
    // Asked before the unit of work borrows its connection: unless the start asked it, the answer is read
    // on a connection of its own, which a pool of one would only free when this one is given back.
    NameContains.Plan plan = NameContains.plan(query, trigramSearch.getAsBoolean());
    return Sql.run(connections, "listing products", c -> {
      SortTerms sort = new SortTerms(query.sort());
      FilterIds ids = FilterIds.read(c, query.filters(), common);
      Clause page = page(query, sort, ids, plan);
      List<ProductViews.Unnamed> rows = new ArrayList<>();
      List<Object> lastValues = List.of();
      Keyset next = null;
      Long namesGeneration = null;
      try (PreparedStatement ps = c.prepareStatement(page.sql())) {
        ids.planWithValues(ps);
        page.bind(c, ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (rows.size() == query.limit()) {
              next = new Keyset(lastValues, rows.getLast().id());
              break;
            }
            if (namesGeneration == null) {
              namesGeneration = rs.getLong("names_generation");
            }
            rows.add(ProductViews.unnamed(rs));
            lastValues = sortValues(rs, sort, query.sort().size());
          }
        }
      }
      Long total = query.includeTotal() ? count(c, query.filters(), query.hidesDiscarded(), ids) : null;
      return new ProductPage(ProductViews.named(c, rows, names, namesGeneration), next, total);
    });
  }

  /**
   * The page and one more row: {@link ProductViews#COLUMNS}, the sort values as {@code sk0, sk1 ...}, and
   * the names' generation. Usually the ids and sort values are chosen first ({@link #pageIds}), so that a
   * covering index can filter and sort without visiting the table, and then the chosen rows are read.
   * A query that filters on a nutrient visits the table for every row it considers anyway (no index holds
   * a nutrient); when it walks a keyset index in its sort's order ({@link #walksASortIndex}) and stops at
   * the page, it reads the rows in the same statement: for {@code calories_lte} that saved 0.11 ms of
   * execution and 0.29 ms of planning (pgbench, one client), and PostgreSQL plans such a query afresh
   * each time. A query that sorts every matching row (by a nutrient or a classification) keeps the narrow
   * inner statement: carrying whole rows through that sort made {@code sort=calories} about 50 % slower.
   */
  static Clause page(ProductQuery query, SortTerms sort) {
    return page(query, sort, FilterIds.NONE, NameContains.Plan.PLANNED);
  }

  /**
   * {@link #page(ProductQuery, SortTerms)}, with the classifications of some filters given by their ids,
   * and a {@code name_like} list's page found as {@code plan} says ({@link NameContains}).
   */
  static Clause page(ProductQuery query, SortTerms sort, FilterIds known, NameContains.Plan plan) {
    if (filtersOnANutrient(query) && walksASortIndex(query)) {
      return pageIds(query, sort, known, ProductViews.COLUMNS, ", " + ProductViews.NAMES_GENERATION);
    }
    Clause ids = plan == NameContains.Plan.PLANNED ? pageIds(query, sort, known)
        : NameContains.pageIds(plan, query, sort);
    StringBuilder selected = new StringBuilder();
    for (int t = 0; t < sort.terms().size(); t++) {
      selected.append(", k.sk").append(t);
    }
    return new Clause("SELECT " + ProductViews.COLUMNS + selected + ", " + ProductViews.NAMES_GENERATION
        + " FROM (" + ids.sql() + ") k JOIN product p ON p.id = k.id" + sort.orderBy("k.sk"), ids.values());
  }

  private static boolean filtersOnANutrient(ProductQuery query) {
    return query.filters().stream().anyMatch(f -> f.field().nutrient().isPresent());
  }

  /**
   * Whether the page can come from walking one of the keyset indexes ({@code (key, id) WHERE NOT
   * discarded}) in order: a single sort key with such an index, over live products.
   */
  private static boolean walksASortIndex(ProductQuery query) {
    return query.hidesDiscarded() && query.sort().size() == 1
        && INDEXED_SORT_KEYS.contains(query.sort().getFirst().field());
  }

  /**
   * The ids of the page and one more, with their sort values as {@code sk0, sk1 ...}: from {@code product}
   * alone (and the classification a sort names), filtered, after the keyset, sorted, limited. A sort on
   * one classification over the whole catalog has a statement of its own ({@link ClassificationSort}).
   */
  private static Clause pageIds(ProductQuery query, SortTerms sort, FilterIds known) {
    if (ClassificationSort.serves(query)) {
      return ClassificationSort.pageIds(query.sort().getFirst(),
          ListConditions.all(query.filters(), query.hidesDiscarded()), query.after(), query.limit() + 1);
    }
    return pageIds(query, sort, known, "p.id", "");
  }

  /** {@link #pageIds}' general statement, selecting {@code columns}, the sort values, then {@code more}. */
  private static Clause pageIds(ProductQuery query, SortTerms sort, FilterIds known, String columns, String more) {
    Clause where = ListConditions.where(query.filters(), query.hidesDiscarded(), known);
    if (query.after() != null) {
      Clause after = sort.after(query.after());
      where = where.sql().isEmpty() ? new Clause(" WHERE " + after.sql(), after.values())
          : Clause.join(" AND ", List.of(where, after));
    }
    return new Clause("SELECT " + columns + sort.values() + more + " FROM product p" + sort.joins() + where.sql()
        + sort.orderBy(null) + limit(query.limit() + 1), where.values());
  }

  /**
   * A LIMIT as a literal, not a parameter: with {@code LIMIT ?} PostgreSQL costs a generic plan as if a
   * tenth of the rows were wanted, never prefers it, and plans every execution of a prepared statement
   * afresh (for the brand list that took about as long as running it). With the literal, a statement
   * whose best plan does not depend on its values settles on its generic plan after five executions;
   * the others keep custom plans, as they should. The value is an int the query has range-checked (1 to
   * 201), never text from the request.
   */
  static String limit(int rows) {
    if (rows < 1 || rows > ProductQuery.MAX_LIMIT + 1) {
      throw new IllegalArgumentException("limit out of range: " + rows);
    }
    return " LIMIT " + rows;
  }

  @Override
  public SearchResult search(SearchQuery query) {
    if (!trigramSearch.getAsBoolean()) {
      throw new SearchUnavailable();
    }
    return Sql.run(connections, "searching products",
        c -> ProductSearch.run(c, query, names, statistics.searchPostings()));
  }

  @Override
  public FilterOptions filterOptions(List<Filter> filters) {
    return Sql.run(connections, "reading filter options", c -> {
      Map<Kind, List<String>> options = new EnumMap<>(Kind.class);
      for (Kind level : FilterOptions.LEVELS) {
        List<Filter> narrowing = FilterOptions.narrowing(level, filters);
        Clause where = ListConditions.where(narrowing, true);
        String sql = (narrowing.isEmpty() ? OPTIONS_ALL : OPTIONS_MATCHING).formatted(
            Tables.CLASSIFICATION_TABLE.get(level), Tables.REFERENCE_COLUMN.get(level), where.sql());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          where.bind(c, ps, 1);
          try (ResultSet rs = ps.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
              names.add(rs.getString(1));
            }
            options.put(level, names);
          }
        }
      }
      return new FilterOptions(options.get(Kind.PARENT_CATEGORY), options.get(Kind.CATEGORY), options.get(Kind.BRAND));
    });
  }

  private static long count(Connection c, List<Filter> filters, boolean hideDiscarded, FilterIds ids)
      throws SQLException {
    Clause where = ListConditions.where(filters, hideDiscarded, ids);
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM product p" + where.sql())) {
      ids.planWithValues(ps);
      where.bind(c, ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The keyset values of the current row, as the database compared them (one per sort key). */
  private static List<Object> sortValues(ResultSet rs, SortTerms sort, int keys) throws SQLException {
    List<Object> values = new ArrayList<>(keys);
    for (int k = 0; k < keys; k++) {
      int t = sort.valueTerm(k);
      String column = "sk" + t;
      Field.Type type = sort.terms().get(t).field().type();
      Object value = switch (type) {
        case TIME -> {
          OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
          yield time == null ? null : time.toInstant();
        }
        case NUMBER -> {
          double d = rs.getDouble(column);
          yield rs.wasNull() ? null : d;
        }
        case TEXT -> rs.getString(column);
        default -> throw new IllegalStateException(type + " is not a sort type");
      };
      values.add(value);
    }
    return values;
  }
}
