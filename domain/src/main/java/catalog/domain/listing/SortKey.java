package catalog.domain.listing;

import catalog.domain.InvalidInput;

/**
 * One key of a sort: a sortable field and a direction. Products without a value sort last in either
 * direction. Ties are always broken by id, in the direction of the first key (so a one-direction sort
 * is answered by an index on (key, id)). {@code source} sorts by {@link SourceOrder}; {@code name} by
 * its folded form ({@link catalog.domain.search.TextFolding}), then as written; classifications by
 * their lower-case name.
 */
public record SortKey(Field field, boolean descending) {
  public SortKey {
    if (!field.sortable()) {
      throw new InvalidInput("sort", "'" + field.key() + "' is not a sort key");
    }
  }

  /** Reads {@code name} or {@code -name}. */
  public static SortKey parse(String token) {
    boolean descending = token.startsWith("-");
    String key = descending ? token.substring(1) : token;
    Field field = Field.fromKey(key).filter(Field::sortable)
        .orElseThrow(() -> new InvalidInput("sort", "'" + key + "' is not a sort key; use one of "
            + SortKey.accepted()));
    return new SortKey(field, descending);
  }

  public static String accepted() {
    return String.join(", ", java.util.Arrays.stream(Field.values())
        .filter(Field::sortable).map(Field::key).toList());
  }

  @Override
  public String toString() {
    return (descending ? "-" : "") + field.key();
  }
}
