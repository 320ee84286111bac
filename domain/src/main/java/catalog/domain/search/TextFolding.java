package catalog.domain.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Lower case without accents: the form {@code name_like} compares in, and the first step of {@link SearchText}. */
public final class TextFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Letters that carry no separable accent under Unicode decomposition. */
  private static final Map<String, String> LETTERS = Map.of(
      "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i");

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
