package catalog.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Guards used by value-object constructors; each failure names the field. */
public final class Check {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Check() {}

  /**
   * Whether {@code raw} is a UUID in its 8-4-4-4-12 hex form. {@link UUID#fromString} alone also reads
   * shortened groups ("1-1-1-1-1" as 00000001-0001-0001-0001-000000000001), which no client means.
   */
  public static boolean isUuid(String raw) {
    return raw != null && UUID_TEXT.matcher(raw).matches();
  }

  /**
   * Whether {@code text} has more than {@code maxCharacters} characters as the database's length() counts
   * them (code points), not UTF-16 units: 101 emoji are 101 characters.
   */
  public static boolean longerThan(String text, int maxCharacters) {
    return text.length() > maxCharacters
        && (text.length() > 2 * maxCharacters || text.codePointCount(0, text.length()) > maxCharacters);
  }

  public static String text(String field, String value, int maxLength) {
    if (value == null) {
      throw new InvalidInput(field, "is required");
    }
    String trimmed = trimmed(value);
    if (isBlank(trimmed)) {
      throw new InvalidInput(field, "must not be blank");
    }
    if (longerThan(trimmed, maxLength)) {
      throw new InvalidInput(field, "must be at most " + maxLength + " characters");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw new InvalidInput(field, "must not contain control characters");
      }
      if (Character.isSurrogate(c)) {
        // A JSON escape can name half of a surrogate pair, which UTF-8 cannot hold: the database kept a
        // '?' in its place.
        if (!Character.isHighSurrogate(c) || i + 1 == trimmed.length()
            || !Character.isLowSurrogate(trimmed.charAt(i + 1))) {
          throw new InvalidInput(field, "must be valid Unicode: it holds half of a surrogate pair");
        }
        i++;
      }
    }
    return trimmed;
  }

  /**
   * {@code value} without the white space and space separators at either end: {@link String#strip}
   * keeps a no-break space (U+00A0, U+2007, U+202F), which a name would then start or end with unseen.
   */
  private static String trimmed(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.codePointAt(start))) {
      start += Character.charCount(value.codePointAt(start));
    }
    while (end > start && isSpace(value.codePointBefore(end))) {
      end -= Character.charCount(value.codePointBefore(end));
    }
    return value.substring(start, end);
  }

  /**
   * Nothing to see: only white space, space separators and format characters (a zero-width space, a
   * right-to-left mark, a byte order mark), which a name of its own would show as an empty string.
   */
  private static boolean isBlank(String value) {
    return value.codePoints().allMatch(cp -> isSpace(cp) || Character.getType(cp) == Character.FORMAT);
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  public static String optionalText(String field, String value, int maxLength) {
    return value == null || isBlank(value) ? null : text(field, value, maxLength);
  }

  public static double range(String field, double value, double min, double max) {
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new InvalidInput(field, "must be a number from " + plain(min) + " to " + plain(max));
    }
    // -0.0 is 0 (a bound of 0 takes it), but would be stored, written and put in cursors as "-0.0".
    return value == 0 ? 0.0 : value;
  }

  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInput(field, "is required");
    }
    return value;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
