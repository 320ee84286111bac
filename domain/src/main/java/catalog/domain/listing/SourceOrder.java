package catalog.domain.listing;

import java.util.List;

/**
 * How sorting by {@code source} orders sources: the well-known ones in this order of trust, then
 * every other source by name.
 */
public final class SourceOrder {
  /** Lower-case names of the sources that come first, in order. */
  public static final List<String> FIRST = List.of("manual", "tbca", "taco", "private", "gs1", "auto");

  private SourceOrder() {}

  /** The rank of a lower-case source name: its place in {@link #FIRST}, or after all of them. */
  public static int rank(String lowerCaseName) {
    int i = FIRST.indexOf(lowerCaseName);
    return i < 0 ? FIRST.size() : i;
  }
}
