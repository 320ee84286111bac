package catalog.infra.db;

import catalog.domain.search.SearchQuery;
import catalog.domain.search.Spelling;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects a search's misspelt words against the words of the catalog's names ({@code search_word},
 * kept by a trigger on {@code product}; see V5). A correctable word that is a catalog word stays; one
 * that is not is replaced by the best of the catalog words near it ({@link Spelling#best}). Candidates
 * come from the words' trigram index: those sharing a trigram with the typed word (pg_trgm's
 * similarity threshold is set to {@link #CANDIDATE_SIMILARITY} for the search's transaction) and at
 * most two letters longer or shorter. A query whose words are all catalog words costs one lookup.
 */
final class SearchWords {
  /**
   * A one-letter typo in a 4-letter word can leave a single trigram of the nine in common ("rcie" and
   * "rice" share only the leading " r"): 1/9 is just above this.
   */
  static final double CANDIDATE_SIMILARITY = 0.1;

  private static final String KNOWN = "SELECT word FROM search_word WHERE word = ANY(?)";
  private static final String CANDIDATES = """
      SELECT DISTINCT q.typed, s.word
      FROM unnest(?::text[]) AS q(typed)
      JOIN search_word s ON s.word % q.typed
        AND length(s.word) BETWEEN length(q.typed) - 2 AND length(q.typed) + 2""";

  private SearchWords() {}

  /** {@code query}, with each correctable word that no name contains replaced by its best correction, if any. */
  static SearchQuery corrected(Connection c, SearchQuery query) throws SQLException {
    List<String> words = Spelling.correctable(query.normalized());
    if (words.isEmpty()) {
      return query;
    }
    Set<String> known = known(c, words);
    List<String> unknown = words.stream().filter(w -> !known.contains(w)).toList();
    if (unknown.isEmpty()) {
      return query;
    }
    Map<String, List<String>> candidates = candidates(c, unknown);
    String corrected = Spelling.corrected(query.normalized(), unknown, w -> candidates.getOrDefault(w, List.of()));
    return corrected.equals(query.normalized()) ? query : new SearchQuery(query.text(), corrected, query.limit());
  }

  private static Set<String> known(Connection c, List<String> words) throws SQLException {
    Set<String> known = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(KNOWN)) {
      ps.setArray(1, c.createArrayOf("text", words.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          known.add(rs.getString(1));
        }
      }
    }
    return known;
  }

  private static Map<String, List<String>> candidates(Connection c, List<String> unknown) throws SQLException {
    Map<String, List<String>> candidates = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
      ps.setArray(1, c.createArrayOf("text", unknown.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          candidates.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return candidates;
  }
}
