package catalog.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

  private static FieldError errorOf(String q, int limit) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> SearchQuery.of(q, limit));
    assertEquals(1, e.errors().size());
    return e.errors().getFirst();
  }

  @Test
  void keepsTheTextAndItsNormalForm() {
    SearchQuery q = SearchQuery.of("Amaranht  SEED,", 5);
    assertEquals("Amaranht  SEED,", q.text());
    assertEquals("amaranht seed", q.normalized());
    assertEquals(5, q.limit());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, SearchQuery.MAX_LIMIT + 1})
  void limitOutOfRangeNamesLimit(int limit) {
    assertEquals(new FieldError("limit", "must be from 1 to 100"), errorOf("rice", limit));
  }

  @Test
  void qIsRequiredAndMustHaveALetterOrDigit() {
    assertEquals("q", errorOf(null, 20).field());
    assertEquals("q", errorOf("   ", 20).field());
    assertEquals(new FieldError("q", "needs at least one letter or digit"), errorOf("%_!?", 20));
    assertEquals("q", errorOf("x".repeat(SearchQuery.MAX_TEXT + 1), 20).field());
    // Characters, not UTF-16 units: 200 letters from a supplementary plane are 400 units.
    String gothic = "\uD800\uDF30".repeat(SearchQuery.MAX_TEXT);
    assertEquals(gothic, SearchQuery.of(gothic, 20).text());
    assertEquals("q", errorOf(gothic + "x", 20).field());
    assertEquals(List.of(), List.of());
  }
}
