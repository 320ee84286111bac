package catalog.domain.search;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form product names are stored in for similarity search, and queries are compared in: folded
 * (lower case, no accents), abbreviations expanded, punctuation removed, words single-spaced.
 */
public final class SearchText {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  /** {@code "Açaí, frzn w/o sugar"} becomes {@code "acai frozen without sugar"}; may be empty. */
  public static String of(String text) {
    String folded = Abbreviations.expandSlashed(TextFolding.fold(text));
    return Arrays.stream(NOT_WORD.matcher(folded).replaceAll(" ").strip().split(" "))
        .filter(w -> !w.isEmpty())
        .map(Abbreviations::expandWord)
        .collect(Collectors.joining(" "));
  }
}
