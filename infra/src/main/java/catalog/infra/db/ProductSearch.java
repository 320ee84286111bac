package catalog.infra.db;

import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
      LIMIT ?""".formatted(ProductViews.COLUMNS);
  private static final String SEARCH = "SELECT p.*" + ProductViews.NAMES + " FROM (" + RANKED + ") p"
      + " ORDER BY p.whole_word DESC, p.first_word DESC, p.similarity DESC, p.name, p.id";

  private ProductSearch() {}

  static List<SearchHit> run(Connection c, SearchQuery query) throws SQLException {
    String q = query.normalized();
    try (PreparedStatement ps = c.prepareStatement(SEARCH)) {
      ps.setString(1, q);
      ps.setString(2, "% " + q + " %");
      ps.setString(3, q.split(" ")[0]);
      ps.setString(4, q);
      ps.setInt(5, query.limit());
      try (ResultSet rs = ps.executeQuery()) {
        List<SearchHit> hits = new ArrayList<>();
        while (rs.next()) {
          hits.add(new SearchHit(ProductViews.view(rs), rs.getDouble("similarity")));
        }
        return hits;
      }
    }
  }
}
