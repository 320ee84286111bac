package catalog.app.json;

import java.time.Instant;

/**
 * The text of a double and of an instant exactly as {@link Double#toString(double)} and {@link Instant#toString()}
 * write them, written into a caller's buffer for the values a catalog holds, instead of into a new String. A
 * page of products writes about a thousand doubles and a hundred instants: by JFR, the general algorithms and
 * their Strings were a fifth of what writing a page cost. Each method returns the length written, or -1 for a
 * value its fast path does not cover; the caller then uses the general method.
 */
final class JsonText {
  /** Room for any text {@link #decimal} or {@link #instant} writes. */
  static final int MAX_LENGTH = 32;

  private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};
  /** Below 10^15 a decimal has at most 15 significant digits, and two such decimals are never the same double. */
  private static final double MAX_DIGITS_VALUE = 1e15;

  private JsonText() {}

  /**
   * {@code Double.toString(v)} for zero, and for a value of 0.001 up to 10 million (where it writes plain
   * decimals, not computerized scientific notation) that a decimal with at most 6 decimal places and 15
   * significant digits rounds to: nutrients as catalogs give them. For such a value that decimal is the
   * shortest that rounds to it, which is what {@code Double.toString} writes: a shorter one would be a second
   * decimal of at most 15 digits rounding to the same double, and there is none.
   */
  static int decimal(double v, char[] out) {
    if (v == 0) {
      return copy(Double.doubleToRawLongBits(v) == 0 ? "0.0" : "-0.0", out);
    }
    double a = Math.abs(v);
    if (!(a >= 1e-3 && a < 1e7)) {
      return -1;
    }
    // a * 10^scale is rounded (1.005 * 1000 is 1004.9999999999999), so the nearest whole number is only a
    // candidate; the division, rounded correctly, tells whether that decimal rounds to a.
    for (int scale = 0; scale < POWERS_OF_TEN.length; scale++) {
      double scaled = a * POWERS_OF_TEN[scale];
      if (scaled >= MAX_DIGITS_VALUE) {
        return -1;
      }
      long digits = Math.round(scaled);
      if ((double) digits / POWERS_OF_TEN[scale] == a) {
        return plain(v < 0, digits, scale, out);
      }
    }
    return -1;
  }

  /** {@code digits / 10^scale}, with a sign, an integer part and one fraction digit or more, no trailing zeros. */
  private static int plain(boolean negative, long digits, int scale, char[] out) {
    long whole = digits / POWERS_OF_TEN[scale];
    long fraction = digits % POWERS_OF_TEN[scale];
    while (scale > 1 && fraction % 10 == 0) {
      fraction /= 10;
      scale--;
    }
    int at = 0;
    if (negative) {
      out[at++] = '-';
    }
    at = digits(whole, out, at);
    out[at++] = '.';
    // A whole number has one fraction digit, 0.
    return fixed(fraction, Math.max(scale, 1), out, at);
  }

  /**
   * {@code t.toString()} for years 0 to 9999: {@code uuuu-MM-ddTHH:mm:ss}, then the fraction of the second in
   * groups of three digits, as many as it needs (none, 3, 6 or 9), then {@code Z}.
   */
  static int instant(Instant t, char[] out) {
    long seconds = t.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400);
    // Days to a civil date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"), in eras of 400 years.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
      return -1;
    }
    int at = fixed(year, 4, out, 0);
    out[at++] = '-';
    at = fixed(month, 2, out, at);
    out[at++] = '-';
    at = fixed(day, 2, out, at);
    out[at++] = 'T';
    at = fixed(secondOfDay / 3600, 2, out, at);
    out[at++] = ':';
    at = fixed(secondOfDay / 60 % 60, 2, out, at);
    out[at++] = ':';
    at = fixed(secondOfDay % 60, 2, out, at);
    int nanos = t.getNano();
    if (nanos > 0) {
      out[at++] = '.';
      if (nanos % 1_000_000 == 0) {
        at = fixed(nanos / 1_000_000, 3, out, at);
      } else if (nanos % 1_000 == 0) {
        at = fixed(nanos / 1_000, 6, out, at);
      } else {
        at = fixed(nanos, 9, out, at);
      }
    }
    out[at++] = 'Z';
    return at;
  }

  /** {@code value} in exactly {@code width} digits, with leading zeros. */
  private static int fixed(long value, int width, char[] out, int at) {
    if (value <= Integer.MAX_VALUE) {
      // int division is several times cheaper than long division, and nearly every value here fits.
      int rest = (int) value;
      for (int i = width - 1; i >= 0; i--) {
        int next = rest / 10;
        out[at + i] = (char) ('0' + rest - next * 10);
        rest = next;
      }
      return at + width;
    }
    for (int i = width - 1; i >= 0; i--) {
      out[at + i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }

  /** A non-negative {@code value} in as many digits as it has. */
  private static int digits(long value, char[] out, int at) {
    int width = 1;
    for (long bound = 10; width < 19 && value >= bound; bound *= 10) {
      width++;
    }
    return fixed(value, width, out, at);
  }

  private static int copy(String text, char[] out) {
    text.getChars(0, text.length(), out, 0);
    return text.length();
  }
}
