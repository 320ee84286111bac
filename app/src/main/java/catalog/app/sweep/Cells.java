package catalog.app.sweep;

import java.util.Locale;

/** How figures are written in the CSV files and reports: fixed decimals, and an empty cell for "not measured". */
final class Cells {
  private Cells() {}

  static String num(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A count; negative means "not measured" and is written empty. */
  static String count(long value) {
    return value < 0 ? "" : Long.toString(value);
  }

  /** A figure for a human: NaN becomes "n/a". */
  static String show(double value, int decimals) {
    String s = num(value, decimals);
    return s.isEmpty() ? "n/a" : s;
  }
}
