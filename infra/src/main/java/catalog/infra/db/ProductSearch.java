package catalog.infra.db;

import catalog.domain.product.ProductView;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Similarity search over {@code name_search} with pg_trgm. Candidates are the live products whose
 * name has a stretch at least as similar to the query as pg_trgm's word similarity threshold (0.6 by
 * default; {@code <%}, answered by the GIN index). They rank: the query as a whole-word phrase of the
 * name first, then names whose first word is the query's, then by trigram similarity of the whole name,
 * then name and id. (The {@code <%} test stops as soon as the threshold is reached; computing the exact
 * word similarity of every candidate costs several times more, so it is not a rank key.) The query is
 * in the same normal form as the names (letters, digits and single spaces only), so it is safe inside a
 * LIKE pattern.
 *
 * <p>Testing {@code <%} is what a search costs: about 10 µs per candidate, and a query such as "mango
 * ripe" has some 1,500 of them in 100,000 products. So the whole-word matches are asked for first, which
 * a plain LIKE answers through the same trigram index for a fraction of that. A whole-word match is
 * always a candidate (its word similarity is 1) and ranks above every other candidate, so when there are
 * at least as many of them as the search wants, they are the answer, in the same order. Otherwise (a
 * misspelt query, a rare phrase) the full ranking runs.
 *
 * <p>Before either, a word of the query that no name contains is corrected to the nearest word that one
 * does ({@link SearchWords}), so the ranking is the corrected query's: trigram similarity alone does not
 * forgive a typo in a short word.
 */
final class ProductSearch {
  /**
   * Every candidate's rank keys come from an inner statement that reads nothing else; the page's rows
   * are read afterwards by id. Carrying whole rows through the ranking of some 1,500 candidates cost
   * about a third of the statement.
   */
  private static final String RANKED = """
      SELECT %s, %s, k.similarity
      FROM (SELECT p.id, p.name, similarity(?, p.name_search) AS similarity,
              (' ' || p.name_search || ' ') LIKE ? AS whole_word,
              split_part(p.name_search, ' ', 1) = ? AS first_word
            FROM product p
            WHERE NOT p.discarded AND ? <%% p.name_search
            ORDER BY whole_word DESC, first_word DESC, similarity DESC, p.name, p.id
            {limit}) k
      JOIN product p ON p.id = k.id
      ORDER BY k.whole_word DESC, k.first_word DESC, k.similarity DESC, k.name, k.id
      """.formatted(ProductViews.COLUMNS, ProductViews.NAMES_GENERATION);

  /**
   * RANKED's whole-word matches, in RANKED's order. {@code name_search LIKE '%q%'} adds nothing to the
   * whole-word test but lets the trigram index answer it. Every trigram of the query is one of such a
   * name's, so pg_trgm's similarity of the two is (the query's trigrams) / (the name's trigrams), as
   * reals: the matches rank by the name's count ({@code name_trigrams}, V9) and the similarity is divided
   * out for the page alone. Computing similarity() for each of 1,289 matches of "mango ripe" cost two
   * thirds of this statement.
   */
  private static final String WHOLE_WORDS = """
      SELECT %s, %s, (SELECT cardinality(show_trgm(?)))::real / NULLIF(k.name_trigrams, 0)::real AS similarity
      FROM (SELECT p.id, p.name, p.name_trigrams, split_part(p.name_search, ' ', 1) = ? AS first_word
            FROM product p
            WHERE NOT p.discarded AND p.name_search LIKE ? AND (' ' || p.name_search || ' ') LIKE ?
            ORDER BY first_word DESC, p.name_trigrams, p.name, p.id
            {limit}) k
      JOIN product p ON p.id = k.id
      ORDER BY k.first_word DESC, k.name_trigrams, k.name, k.id
      """.formatted(ProductViews.COLUMNS, ProductViews.NAMES_GENERATION);

  private ProductSearch() {}

  /**
   * Planning these statements afresh cost more than a millisecond each time: the estimate for {@code <%}
   * computes the word similarity of the query against every sampled value in the column's statistics,
   * and for a custom plan it does so on every execution. The plan is the same whatever the query (a
   * bitmap scan of the trigram index, then a top-N sort), so the prepared statement is told to keep its
   * generic one. The same statement sets the threshold of pg_trgm's {@code %}, which only the spelling
   * correction's candidate lookup uses (the search itself tests {@code <%}, with its own threshold).
   * SET LOCAL: both end with the search's transaction.
   */
  private static final String SETTINGS = "SET LOCAL plan_cache_mode = force_generic_plan; "
      + "SET LOCAL pg_trgm.similarity_threshold = " + SearchWords.CANDIDATE_SIMILARITY;

  /**
   * The hits for {@code query}, its misspelt words corrected first ({@link SearchWords}), with their
   * classifications' names from {@code names} where it knows them.
   */
  static SearchResult run(Connection c, SearchQuery query, ClassificationNames names) throws SQLException {
    settings(c);
    SearchQuery corrected = SearchWords.corrected(c, query);
    List<Hit> hits = indexesWholeWords(corrected.normalized()) ? wholeWords(c, corrected) : List.of();
    List<SearchHit> named = named(c, hits.size() == corrected.limit() ? hits : ranked(c, corrected), names);
    return corrected.equals(query) ? SearchResult.asGiven(named) : new SearchResult(named, corrected.normalized());
  }

  /** The full ranking alone, without the whole-word shortcut: what {@link #run} must always agree with. */
  static List<SearchHit> rankedOnly(Connection c, SearchQuery query, ClassificationNames names)
      throws SQLException {
    settings(c);
    return named(c, ranked(c, SearchWords.corrected(c, query)), names);
  }

  /**
   * Whether the trigram index can narrow a LIKE on the query: it needs a word of three characters or
   * more. (Without one, the index would be read whole.)
   */
  static boolean indexesWholeWords(String normalized) {
    for (String word : normalized.split(" ")) {
      if (word.length() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** At most {@code limit} of the best whole-word matches, best first. */
  static List<Hit> wholeWords(Connection c, SearchQuery query) throws SQLException {
    String q = query.normalized();
    try (PreparedStatement ps = c.prepareStatement(withLimit(WHOLE_WORDS, query.limit()))) {
      ps.setString(1, q);
      ps.setString(2, firstWord(q));
      ps.setString(3, "%" + q + "%");
      ps.setString(4, "% " + q + " %");
      return hits(ps);
    }
  }

  private static List<Hit> ranked(Connection c, SearchQuery query) throws SQLException {
    String q = query.normalized();
    try (PreparedStatement ps = c.prepareStatement(withLimit(RANKED, query.limit()))) {
      ps.setString(1, q);
      ps.setString(2, "% " + q + " %");
      ps.setString(3, firstWord(q));
      ps.setString(4, q);
      return hits(ps);
    }
  }

  /** The statement with its inner LIMIT, a literal as in the lists (JdbcProductReads.limit). */
  private static String withLimit(String statement, int limit) {
    return statement.replace("{limit}", JdbcProductReads.limit(limit));
  }

  private static String firstWord(String normalized) {
    return normalized.split(" ")[0];
  }

  private static void settings(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(SETTINGS);
    }
  }

  /** A hit, with the generation of the classifications' names its statement saw. */
  record Hit(ProductViews.Unnamed row, double similarity, long namesGeneration) {}

  private static List<Hit> hits(PreparedStatement ps) throws SQLException {
    List<Hit> hits = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        hits.add(new Hit(ProductViews.unnamed(rs), similarity(rs), rs.getLong("names_generation")));
      }
    }
    return hits;
  }

  /**
   * pg_trgm's similarity is a {@code real}. pgjdbc reads it as text until the statement is prepared on
   * the server (its fifth run on a connection) and in binary after that, and as doubles the two differ:
   * 0.7105263 first, then 0.7105262875556946. Read as the float it is, and widened through its shortest
   * decimal form, it is 0.7105263 either way.
   */
  private static double similarity(ResultSet rs) throws SQLException {
    return Double.parseDouble(Float.toString(rs.getFloat("similarity")));
  }

  private static List<SearchHit> named(Connection c, List<Hit> hits, ClassificationNames names)
      throws SQLException {
    Long generation = hits.isEmpty() ? null : hits.getFirst().namesGeneration();
    List<ProductView> views = ProductViews.named(c, hits.stream().map(Hit::row).toList(), names, generation);
    List<SearchHit> named = new ArrayList<>(views.size());
    for (int i = 0; i < views.size(); i++) {
      named.add(new SearchHit(views.get(i), hits.get(i).similarity()));
    }
    return named;
  }
}
