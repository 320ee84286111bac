package catalog.infra.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which postings (V15, {@code product_word}) search reads the names holding every word of a query from:
 * those of the query's word that the fewest names hold (the driving word), and for the names that begin
 * with the query's first word, that word's first-word postings unless the driving word has fewer. How
 * many names hold a word comes from PostgreSQL's statistics of {@code product_word.word} (its 1,000 most
 * common words and the number of distinct ones), read once a minute ({@link Refreshed}). The choice
 * decides only how much of the postings a search reads, never what it finds: every word's postings hold
 * every name that holds it. Without
 * statistics (a table never analysed) the longest word drives; measured on the benchmark's queries, it
 * did as well as the rarest.
 */
final class SearchPostings {
  /** Postings are kept for words of this many characters or more, and for every first word. */
  static final int MIN_WORD = 3;

  private final Refreshed<Counts> counts = new Refreshed<>(SearchPostings::read, System::nanoTime);

  /** The postings to read for {@code normalized}, a query that has a word of {@link #MIN_WORD} letters. */
  Choice choose(Connection c, String normalized) throws SQLException {
    return Choice.of(normalized, counts.get(c));
  }

  /** A word's postings, as {@code product_word.word} spells them: its first-word ones with a leading space. */
  static String firstWordPosting(String word) {
    return " " + word;
  }

  /** The distinct words of {@code normalized} that have postings of their own, in the query's order. */
  static List<String> postedWords(String normalized) {
    return Arrays.stream(normalized.split(" "))
        .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD)
        .distinct()
        .toList();
  }

  private static Counts read(Connection c) throws SQLException {
    ColumnStatistics column = ColumnStatistics.read(c, "product_word", "word");
    if (column == null) {
      return null;
    }
    Map<String, Double> common = new HashMap<>();
    for (int i = 0; i < column.common().size(); i++) {
      common.put(column.common().get(i), column.commonShares().get(i));
    }
    return Counts.estimate(column.rows(), column.nullShare(), column.distinct(), common);
  }

  /**
   * One reading of the statistics: the postings there are, the most common words with their shares of
   * them, and the postings estimated for any other word ({@link #estimate}).
   */
  record Counts(double rows, Map<String, Double> common, double uncommon) {
    Counts {
      common = Map.copyOf(common);
    }

    /**
     * The counts of {@code rows} postings of {@code distinct} words with a share {@code nullShare} of
     * NULLs, of which {@code common} are the most common: any other word is estimated at an equal part of
     * what those leave, as PostgreSQL estimates an equality it has no entry for. Worked out once a
     * reading, not for each word a search asks about.
     */
    static Counts estimate(double rows, double nullShare, double distinct, Map<String, Double> common) {
      double left = Math.max(0, 1 - nullShare - common.values().stream().mapToDouble(Double::doubleValue).sum());
      return new Counts(rows, common, left * rows / Math.max(1, distinct - common.size()));
    }

    /** The estimated postings of {@code word}: its share if it is among the most common words. */
    double of(String word) {
      Double share = common.get(word);
      return share != null ? share * rows : uncommon;
    }
  }

  /**
   * The postings a search reads: {@code drive}'s for every tier, and for the names beginning with the
   * query's first word {@code firstWord}, its first-word postings when {@code firstWordPostings}, else
   * {@code drive}'s, keeping those that begin with it.
   */
  record Choice(String drive, String firstWord, boolean firstWordPostings) {
    static Choice of(String normalized, Counts counts) {
      List<String> words = postedWords(normalized);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("no word of " + MIN_WORD + " letters: " + normalized);
      }
      Comparator<String> longestFirst = Comparator.comparingInt((String w) -> -w.codePointCount(0, w.length()));
      Comparator<String> order = counts == null ? longestFirst
          : Comparator.comparingDouble(counts::of).thenComparing(longestFirst);
      String drive = words.stream().sorted(order).findFirst().orElseThrow();
      String first = normalized.split(" ")[0];
      boolean firstWordPostings = counts == null || counts.of(firstWordPosting(first)) <= counts.of(drive);
      return new Choice(drive, first, firstWordPostings);
    }
  }
}
