package catalog.app.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a walk counts: products that came twice, products that never came, and cursors that never end. */
class WalkTest {
  private static final List<String> CATALOG = IntStream.range(0, 10).mapToObj(i -> "p" + i).toList();

  /** Pages of 3 over {@code rows}: the cursor is the index of the page's first row. */
  private static Walk.Pages pagesOf(List<String> rows, int step) {
    return (sort, cursor) -> {
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      int to = Math.min(rows.size(), from + 3);
      return new Walk.Page(rows.subList(from, to), to < rows.size() ? String.valueOf(from + step) : null);
    };
  }

  @Test
  void aSoundWalkReturnsEachProductOnce() {
    Walk walk = Walk.of(pagesOf(CATALOG, 3), "name", 100);
    assertEquals(4, walk.pages());
    assertEquals(CATALOG, walk.ids());
    assertEquals(0, walk.duplicates());
    assertEquals(Set.of(), walk.missing(Set.copyOf(CATALOG)));
  }

  @Test
  void aCursorThatRestartsThePageCountsTwice() {
    Walk walk = Walk.of(pagesOf(CATALOG, 2), "name", 100);
    assertEquals(4, walk.duplicates(), walk.ids()::toString);
    assertEquals(Set.of(), walk.missing(Set.copyOf(CATALOG)));
  }

  @Test
  void aCursorThatSkipsLeavesProductsMissing() {
    Walk walk = Walk.of(pagesOf(CATALOG, 4), "name", 100);
    assertEquals(0, walk.duplicates());
    assertEquals(Set.of("p3", "p7"), walk.missing(Set.copyOf(CATALOG)));
  }

  @Test
  void aCursorThatNeverEndsStopsTheWalk() {
    WalkFailure failure = assertThrows(WalkFailure.class, () -> Walk.of(pagesOf(CATALOG, 0), "name", 50));
    assertTrue(failure.getMessage().contains("after 50 pages"), failure.getMessage());
  }
}
