package catalog.domain.search;

import java.util.List;

/**
 * A search's hits, best first, and what was searched when it is not what was asked: the query's
 * {@link SearchText} form with its misspelt words corrected ({@link Spelling}); null when no word was.
 */
public record SearchResult(List<SearchHit> hits, String corrected) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** The hits of a query searched as it was given. */
  public static SearchResult asGiven(List<SearchHit> hits) {
    return new SearchResult(hits, null);
  }
}
