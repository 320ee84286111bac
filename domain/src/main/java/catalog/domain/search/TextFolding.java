package catalog.domain.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Lower case without accents: the form {@code name_like} compares in, and the first step of {@link SearchText}.
 * The forms are stored with each product ({@code name_folded}, {@code name_search}); when these rules
 * change, or the JDK's Unicode tables do, the stored forms are recomputed at the next start
 * ({@code NameForms}, keyed by {@link #RULES} and {@link Abbreviations}).
 */
public final class TextFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /**
   * Letters that carry no separable accent under Unicode decomposition; and the final sigma, which
   * lower-casing a whole string writes at the end of a word only: "ΟΔΟΣ" would fold to "οδος" and
   * "ΟΔΟΣΗΜΑ" to "οδοσημα", and the one would not be found in the other.
   */
  private static final Map<String, String> LETTERS = Map.of(
      "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i", "ς", "σ");
  /** These rules as text, for the fingerprint of the stored forms: the letters' table, sorted. */
  public static final String RULES = "NFKD, lower case (ROOT), marks removed; " + new TreeMap<>(LETTERS);

  private TextFolding() {}

  /** {@code "Pão de Açúcar"} becomes {@code "pao de acucar"}; everything else is kept as it is. */
  public static String fold(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder out = new StringBuilder(plain.length());
    plain.codePoints().forEach(cp -> {
      String s = Character.toString(cp);
      out.append(LETTERS.getOrDefault(s, s));
    });
    return out.toString();
  }
}
