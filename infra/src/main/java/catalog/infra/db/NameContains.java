package catalog.infra.db;

import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Operator;
import catalog.domain.listing.ProductQuery;
import catalog.domain.search.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a list of live products filtered by {@code name_like} alone, in name order (the search box's list),
 * finds its page: from the postings of the names' tokens (V16, {@code product_name_token}), {@link
 * Plan#TOKENS}. The text's longest word (its longest run of characters other than the space) lies inside
 * one token of every name that holds the text, so those names are the postings of the tokens that hold
 * the word ({@code name_token}, found through its trigram index), each token's already in name order.
 * The page is the first page's worth of each such token, merged: a product in the page is in the first
 * page's worth of each of its tokens, since the names before it there are before it in the page too.
 * A text with spaces is tested whole against each posting's name as it is read.
 *
 * <p>The list's own statement ({@link Plan#PLANNED}) walks the name index testing every entry until the
 * page is full (about {@code (limit + 1) / share} entries, 3,600 for "rice" at 100,000 products), or reads
 * every match through the trigram index and sorts them, as PostgreSQL's statistics of the names suggest.
 * The walk has no bound where the names holding the text sort together: a brand's name leads its
 * products' names, so the walk for "pomar" read every name before the p's (25 ms, against 0.2 ms from the
 * postings). The tokens serve only this list; every other list with {@code name_like} keeps the planned
 * statement, and so does this one without pg_trgm (no trigram index over the tokens) or for a text
 * without three letters or digits in a row (it would find too many tokens). Both return the same rows.
 */
final class NameContains {
  /** How a list with a name_like filter finds its page. */
  enum Plan {
    /** The list's general statement, which PostgreSQL plans with the text each time. */
    PLANNED,
    /** Reads the postings of the tokens that hold the text's longest word. */
    TOKENS
  }

  /** Three letters or digits in a row: a trigram pg_trgm takes from any LIKE pattern that holds them. */
  private static final Pattern TRIGRAM = Pattern.compile("[a-z0-9]{3}");

  private NameContains() {}

  /** The plan for {@code query}, where the database has pg_trgm's indexes when {@code trigramIndex}. */
  static Plan plan(ProductQuery query, boolean trigramIndex) {
    String folded = servedText(query);
    return folded != null && trigramIndex && TRIGRAM.matcher(folded).find() ? Plan.TOKENS : Plan.PLANNED;
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
   * The word the postings are read by: the text's longest run of characters other than the space that
   * holds a trigram (the first of the longest), which the fewest tokens are likely to hold.
   */
  static String word(String folded) {
    String longest = null;
    for (String word : folded.split(" ")) {
      if (TRIGRAM.matcher(word).find()
          && (longest == null || word.codePointCount(0, word.length()) > longest.codePointCount(0, longest.length()))) {
        longest = word;
      }
    }
    if (longest == null) {
      throw new IllegalArgumentException("no word with a trigram in '" + folded + "'");
    }
    return longest;
  }

  /**
   * The ids of the page and one more, with their sort values as {@code sk0, sk1}, under {@link Plan#TOKENS}.
   * The tokens come from a subquery whose pattern the planner does not see ({@code LIKE (SELECT ?)}), so
   * the statement keeps one generic plan whatever the text. In each token's postings the rows after the
   * keyset are read in name order up to the page's length (alias {@code p}: the postings carry the
   * columns the name sort names), then merged without repeats, since a name may hold the word in two of
   * its tokens.
   */
  static Clause pageIds(Plan plan, ProductQuery query, SortTerms sort) {
    if (plan != Plan.TOKENS) {
      throw new IllegalArgumentException("the planned statement is the list's own");
    }
    String folded = servedText(query);
    String word = word(folded);
    List<Clause> conditions = new ArrayList<>();
    conditions.add(Clause.of("p.token = v.token"));
    if (!word.equals(folded)) {
      conditions.add(Clause.of("strpos(p.name_folded, ?) > 0", Clause.Bound.one(Field.Type.TEXT, folded)));
    }
    if (query.after() != null) {
      conditions.add(sort.after(query.after()));
    }
    Clause where = Clause.join(" AND ", conditions);
    String limit = JdbcProductReads.limit(query.limit() + 1);
    String sql = "SELECT p.id, p.sk0, p.sk1 FROM (SELECT DISTINCT t.id, t.sk0, t.sk1"
        + " FROM (SELECT DISTINCT token FROM name_token WHERE token LIKE (SELECT ?::text) ESCAPE '\\') v"
        + " CROSS JOIN LATERAL (SELECT p.id" + sort.values() + " FROM product_name_token p WHERE " + where.sql()
        + sort.orderBy(null) + limit + ") t) p" + sort.orderBy("p.sk") + limit;
    List<Clause.Bound> values = new ArrayList<>();
    values.add(Clause.Bound.one(Field.Type.TEXT, "%" + ListConditions.escapeLike(word) + "%"));
    values.addAll(where.values());
    return new Clause(sql, values);
  }
}
