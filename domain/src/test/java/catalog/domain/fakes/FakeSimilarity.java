package catalog.domain.fakes;

import java.util.HashSet;
import java.util.Set;

/**
 * pg_trgm's measures in plain Java, close enough for the fakes: trigrams of each word padded with two
 * spaces in front and one behind; similarity is shared trigrams over all trigrams of both texts, word
 * similarity is shared trigrams over the query's (the best-matching stretch is approximated by the
 * whole name).
 */
final class FakeSimilarity {
  private FakeSimilarity() {}

  static double similarity(String a, String b) {
    Set<String> x = trigrams(a);
    Set<String> y = trigrams(b);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return union.isEmpty() ? 0 : (double) shared(x, y) / union.size();
  }

  static double wordSimilarity(String query, String text) {
    Set<String> q = trigrams(query);
    return q.isEmpty() ? 0 : (double) shared(q, trigrams(text)) / q.size();
  }

  private static int shared(Set<String> x, Set<String> y) {
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return both.size();
  }

  private static Set<String> trigrams(String text) {
    Set<String> all = new HashSet<>();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String padded = "  " + word + " ";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        all.add(padded.substring(i, i + 3));
      }
    }
    return all;
  }
}
