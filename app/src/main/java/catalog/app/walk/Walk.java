package catalog.app.walk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One walk of the list under one sort, from the first page along {@code next_cursor} to the last. */
record Walk(String sort, List<String> ids, int pages, Duration took) {
  /** One page of the list: its products' ids in order, and the cursor of the next page (null on the last). */
  record Page(List<String> ids, String nextCursor) {}

  /** Reads one page of the list in {@code sort}, after {@code cursor} (null: the first page). */
  interface Pages {
    Page page(String sort, String cursor);
  }

  /** Follows the cursors until a page says there is no next one; stops after {@code maxPages}. */
  static Walk of(Pages pages, String sort, int maxPages) {
    long start = System.nanoTime();
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int read = 0;
    do {
      if (read == maxPages) {
        throw new WalkFailure("sort " + sort + ": still a next page after " + maxPages + " pages");
      }
      Page page = pages.page(sort, cursor);
      ids.addAll(page.ids());
      cursor = page.nextCursor();
      read++;
    } while (cursor != null);
    return new Walk(sort, List.copyOf(ids), read, Duration.ofNanos(System.nanoTime() - start));
  }

  /** How many times a product came more than once. */
  int duplicates() {
    return ids.size() - Set.copyOf(ids).size();
  }

  /** The products of {@code expected} that this walk never returned. */
  Set<String> missing(Set<String> expected) {
    Set<String> missing = new HashSet<>(expected);
    ids.forEach(missing::remove);
    return missing;
  }
}
