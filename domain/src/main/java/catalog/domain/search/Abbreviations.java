package catalog.domain.search;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The abbreviations search expands, the one place they are kept. Names and queries both go through
 * them, so "choc chip" finds "Chocolate chip" and "w/o sugar" finds "without sugar".
 */
public final class Abbreviations {
  /** Whole words, as they stand once folded and stripped of punctuation. */
  public static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("bev", "beverage"),
      Map.entry("bnls", "boneless"),
      Map.entry("chkn", "chicken"),
      Map.entry("choc", "chocolate"),
      Map.entry("ckd", "cooked"),
      Map.entry("cnd", "canned"),
      Map.entry("conc", "concentrate"),
      Map.entry("dehyd", "dehydrated"),
      Map.entry("enr", "enriched"),
      Map.entry("ff", "fat free"),
      Map.entry("frzn", "frozen"),
      Map.entry("lf", "low fat"),
      Map.entry("org", "organic"),
      Map.entry("pkg", "package"),
      Map.entry("prep", "prepared"),
      Map.entry("pwd", "powder"),
      Map.entry("pwdr", "powder"),
      Map.entry("sknls", "skinless"),
      Map.entry("unsw", "unsweetened"),
      Map.entry("veg", "vegetable"),
      Map.entry("wht", "white"),
      Map.entry("whl", "whole"));

  /** Abbreviations written with a slash, replaced before punctuation is removed; longest first. */
  public static final List<Map.Entry<String, String>> SLASHED = List.of(
      Map.entry("w/o", "without"),
      Map.entry("w/", "with"),
      Map.entry("c/", "com"),
      Map.entry("s/", "sem"));

  private static final List<Map.Entry<Pattern, String>> SLASHED_PATTERNS = SLASHED.stream()
      .map(e -> Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey())), " " + e.getValue() + " "))
      .toList();

  private Abbreviations() {}

  /** Replaces the slashed abbreviations that start a word. */
  static String expandSlashed(String folded) {
    String out = folded;
    for (Map.Entry<Pattern, String> rule : SLASHED_PATTERNS) {
      out = rule.getKey().matcher(out).replaceAll(rule.getValue());
    }
    return out;
  }

  /** The word itself, or what it abbreviates. */
  static String expandWord(String word) {
    return WORDS.getOrDefault(word, word);
  }
}
