package catalog.infra.db;

import catalog.domain.product.ProductView;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
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
 */
final class ProductSearch {
  private static final String RANKED = """
      SELECT %s, similarity(?, p.name_search) AS similarity,
        (' ' || p.name_search || ' ') LIKE ? AS whole_word,
        split_part(p.name_search, ' ', 1) = ? AS first_word
      FROM product p
      WHERE NOT p.discarded AND ? <%% p.name_search
      ORDER BY whole_word DESC, first_word DESC, similarity DESC, p.name, p.id
      """.formatted(ProductViews.COLUMNS);

  private ProductSearch() {}

  /**
   * Planning this statement afresh cost more than a millisecond each time: the estimate for {@code <%}
   * computes the word similarity of the query against every sampled value in the column's statistics,
   * and for a custom plan it does so on every execution. The plan is the same whatever the query (a
   * bitmap scan of the trigram index, then a top-N sort), so the prepared statement is told to keep its
   * generic one. SET LOCAL: it ends with the search's transaction.
   */
  private static final String GENERIC_PLAN = "SET LOCAL plan_cache_mode = force_generic_plan";

  static List<SearchHit> run(Connection c, SearchQuery query) throws SQLException {
    String q = query.normalized();
    try (Statement st = c.createStatement()) {
      st.execute(GENERIC_PLAN);
    }
    try (PreparedStatement ps = c.prepareStatement(RANKED + JdbcProductReads.limit(query.limit()))) {
      ps.setString(1, q);
      ps.setString(2, "% " + q + " %");
      ps.setString(3, q.split(" ")[0]);
      ps.setString(4, q);
      List<ProductViews.Unnamed> rows = new ArrayList<>();
      List<Double> similarities = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(ProductViews.unnamed(rs));
          similarities.add(similarity(rs));
        }
      }
      List<ProductView> views = ProductViews.named(c, rows);
      List<SearchHit> hits = new ArrayList<>(views.size());
      for (int i = 0; i < views.size(); i++) {
        hits.add(new SearchHit(views.get(i), similarities.get(i)));
      }
      return hits;
    }
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
}
