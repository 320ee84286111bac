package catalog.domain.search;

import catalog.domain.Check;
import catalog.domain.InvalidInput;

/** A similarity search: the text as given, its {@link SearchText} form, and how many hits to return. */
public record SearchQuery(String text, String normalized, int limit) {
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_TEXT = 200;

  public SearchQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInput("limit", "must be from 1 to " + MAX_LIMIT);
    }
  }

  /** Checks and normalizes {@code q}; one with no letter or digit cannot match anything and is refused. */
  public static SearchQuery of(String text, int limit) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("q", "is required: the text to search product names for");
    }
    if (Check.longerThan(text, MAX_TEXT)) {
      throw new InvalidInput("q", "must be at most " + MAX_TEXT + " characters");
    }
    String normalized = SearchText.of(text);
    if (normalized.isEmpty()) {
      throw new InvalidInput("q", "needs at least one letter or digit");
    }
    return new SearchQuery(text, normalized, limit);
  }
}
