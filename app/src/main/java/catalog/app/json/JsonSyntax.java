package catalog.app.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** How a JSON syntax error reads in a problem: Jackson's message, and where, when Jackson knows. */
public final class JsonSyntax {
  /** Said of JSON that {@link #notUtf8} finds in UTF-16 or UTF-32. */
  public static final String NOT_UTF8 = "is not UTF-8: it reads as UTF-16 or UTF-32; send JSON in UTF-8";

  private JsonSyntax() {}

  /**
   * Whether JSON bytes start as UTF-16 or UTF-32 would, not as UTF-8: a NUL, or a byte UTF-8 never has
   * (0xFE, 0xFF, which their byte order marks begin with), among the first four. Jackson guesses a byte
   * source's encoding from exactly those four bytes and would read such a body as UTF-16 or UTF-32; in
   * UTF-8 none of them can begin JSON. Bodies here are UTF-8 only, as the media types say.
   */
  public static boolean notUtf8(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + Math.min(length, 4); i++) {
      int b = bytes[i] & 0xff;
      if (b == 0x00 || b == 0xfe || b == 0xff) {
        return true;
      }
    }
    return false;
  }

  /**
   * "is not valid JSON: ..." with the line and column (or only the column, for one-line input). Jackson
   * gives no location for a broken processing limit (nesting over 1,000 levels, a number of 1,000 digits
   * or more): then the message stands alone.
   */
  public static String describe(JsonProcessingException e, boolean withLine) {
    StringBuilder out = new StringBuilder("is not valid JSON: ").append(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null && at != JsonLocation.NA) {
      out.append(withLine ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"
          : " (column " + at.getColumnNr() + ")");
    }
    return out.toString();
  }
}
