package catalog.domain.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spelling correction of search words against the words of the catalog's names. Trigram similarity
 * forgives a typo in a long word but not in a short one: "mnago" and "mango" share 2 of their 10
 * trigrams, so a search for "mnago" finds nothing. So a query word that no name contains is replaced by
 * the catalog word the fewest edits away (inserting, deleting or changing a letter, or swapping two
 * adjacent ones: the optimal string alignment distance), within {@link #maxEdits}. Failing that, a word
 * that begins catalog words is completed to the shortest of them, up to {@link #MAX_COMPLETION} letters
 * longer: a singular asked for where the names hold the plural ("chilli" for "chillies", "potato" for
 * "potatoes"). A word with neither stays as typed.
 *
 * <p>Works on {@link SearchText} forms: lower case, single-spaced words of letters and digits.
 */
public final class Spelling {
  /** Shorter words stay as typed: too many catalog words are one edit away from a 3-letter word. */
  public static final int MIN_LENGTH = 4;
  /**
   * How many letters a completion may add: two, as most plurals do ("es", "s"). A longer word beginning
   * with the typed one is more often another word ("pea", "peanut").
   */
  public static final int MAX_COMPLETION = 2;

  private Spelling() {}

  /** How many edits a correction of {@code word} may make: 1 up to 7 letters, 2 from 8. */
  public static int maxEdits(String word) {
    return word.codePointCount(0, word.length()) >= 8 ? 2 : 1;
  }

  /** The distinct words of {@code normalized} that may be corrected: {@link #MIN_LENGTH} or longer, not a number. */
  public static List<String> correctable(String normalized) {
    return normalized.isEmpty() ? List.of() : Arrays.stream(normalized.split(" "))
        .filter(w -> w.codePointCount(0, w.length()) >= MIN_LENGTH && !w.chars().allMatch(Character::isDigit))
        .distinct()
        .toList();
  }

  /**
   * The best correction of {@code word} among {@code candidates}: the fewest edits, at most {@link
   * #maxEdits}; then one that keeps the first letter (typos there are rarer), then the closest in length,
   * then the first alphabetically, so that the choice never depends on the candidates' order. When no
   * candidate is that near, the shortest that begins with {@code word} and is at most {@link
   * #MAX_COMPLETION} letters longer, then the first alphabetically.
   */
  public static Optional<String> best(String word, Collection<String> candidates) {
    int limit = maxEdits(word);
    record Scored(String word, int edits, boolean firstLetterChanged, int lengthChange) {}
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates) {
      if (candidate.equals(word)) {
        continue;
      }
      int edits = distance(word, candidate);
      if (edits <= limit) {
        scored.add(new Scored(candidate, edits, candidate.codePointAt(0) != word.codePointAt(0),
            Math.abs(candidate.length() - word.length())));
      }
    }
    Optional<String> nearest = scored.stream()
        .min(Comparator.comparingInt(Scored::edits)
            .thenComparing(Scored::firstLetterChanged)
            .thenComparingInt(Scored::lengthChange)
            .thenComparing(Scored::word))
        .map(Scored::word);
    return nearest.isPresent() ? nearest : completion(word, candidates);
  }

  private static Optional<String> completion(String word, Collection<String> candidates) {
    int length = word.codePointCount(0, word.length());
    return candidates.stream()
        .filter(c -> c.startsWith(word) && c.codePointCount(0, c.length()) - length <= MAX_COMPLETION
            && !c.equals(word))
        .min(Comparator.comparingInt((String c) -> c.codePointCount(0, c.length())).thenComparing(c -> c));
  }

  /**
   * {@code normalized} with each of {@code unknown} (its correctable words that no name contains) replaced
   * by its {@link #best} correction among {@code candidates.apply(word)}; a word with none stays as typed.
   */
  public static String corrected(String normalized, Collection<String> unknown,
      Function<String, Collection<String>> candidates) {
    Map<String, String> corrections = new HashMap<>();
    for (String word : unknown) {
      best(word, candidates.apply(word)).ifPresent(best -> corrections.put(word, best));
    }
    return apply(normalized, corrections);
  }

  /** {@code normalized} with each word that has an entry in {@code corrections} replaced by it. */
  public static String apply(String normalized, Map<String, String> corrections) {
    if (corrections.isEmpty()) {
      return normalized;
    }
    return Arrays.stream(normalized.split(" "))
        .map(w -> corrections.getOrDefault(w, w))
        .collect(Collectors.joining(" "));
  }

  /**
   * The optimal string alignment distance of {@code a} and {@code b}, over code points: each insertion,
   * deletion, substitution, or swap of two adjacent letters is one edit (no letter is edited twice).
   */
  public static int distance(String a, String b) {
    int[] s = a.codePoints().toArray();
    int[] t = b.codePoints().toArray();
    int[][] d = new int[s.length + 1][t.length + 1];
    for (int i = 0; i <= s.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length; i++) {
      for (int j = 1; j <= t.length; j++) {
        int cost = s[i - 1] == t[j - 1] ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[s.length][t.length];
  }
}
