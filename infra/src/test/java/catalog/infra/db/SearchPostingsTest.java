package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPostingsTest {
  /** 500,000 postings of 10,000 distinct words; a brand ("horta") common as a word and as a first word. */
  private static final SearchPostings.Counts COUNTS = SearchPostings.Counts.estimate(500_000, 0, 10_000,
      Map.of("green", 0.01, "horta", 0.005, " horta", 0.004, "ham", 0.0002, "chillies", 0.003));

  @Test
  void aCommonWordCountsItsShareAndAnyOtherAnEqualPartOfWhatTheCommonOnesLeave() {
    assertEquals(5_000, COUNTS.of("green"), 1e-6);
    assertEquals(100, COUNTS.of("ham"), 1e-6);
    // 1 - 0.0222 of 500,000 postings over the 9,995 words that are not among the common ones.
    assertEquals(500_000 * (1 - 0.0222) / 9_995, COUNTS.of("mango"), 1e-6);
    assertEquals(COUNTS.of("mango"), COUNTS.of("anything"), 1e-6);
  }

  @Test
  void theRarestWordDrivesAndOfEquallyRareOnesTheLongest() {
    assertEquals("chillies", SearchPostings.Choice.of("green chillies", COUNTS).drive());
    assertEquals("ham", SearchPostings.Choice.of("horta ham", COUNTS).drive());
    // Neither is a common word: the same estimate, so the longer one.
    assertEquals("amaranth", SearchPostings.Choice.of("seed amaranth", COUNTS).drive());
  }

  @Test
  void withoutStatisticsTheLongestWordDrivesAndFirstWordsHaveTheirOwnPostings() {
    SearchPostings.Choice choice = SearchPostings.Choice.of("ab mango ripe", null);
    assertEquals(new SearchPostings.Choice("mango", "ab", true), choice);
    assertEquals("ripe", SearchPostings.Choice.of("rip ripe ab", null).drive(), "the first of the longest");
  }

  @Test
  void theNamesBeginningWithTheFirstWordAreReadFromTheFewerPostings() {
    // 2,000 names begin with "horta", 100 hold "ham": the first tiers read ham's postings.
    assertEquals(new SearchPostings.Choice("ham", "horta", false), SearchPostings.Choice.of("horta ham", COUNTS));
    // "green" is a common word but not a common first word: its first-word postings are fewer than chillies'.
    assertEquals(new SearchPostings.Choice("chillies", "green", true), SearchPostings.Choice.of("green chillies", COUNTS));
  }

  @Test
  void wordsOfThreeLettersHavePostingsCountedAsPostgresqlCountsThem() {
    assertEquals(List.of("rice", "dal"), SearchPostings.postedWords("a rice dal ab rice"));
    // Two letters outside the BMP are four UTF-16 units but two characters to PostgreSQL.
    assertEquals(List.of("𠀀𠀁a"), SearchPostings.postedWords("𠀀𠀁 𠀀𠀁a"));
    assertThrows(IllegalArgumentException.class, () -> SearchPostings.Choice.of("a b 𠀀𠀁", null));
    assertEquals(" horta", SearchPostings.firstWordPosting("horta"));
  }
}
