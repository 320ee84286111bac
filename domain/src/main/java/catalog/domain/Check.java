package catalog.domain;

/** Guards used by value-object constructors; each failure names the field. */
public final class Check {
  private Check() {}

  public static String text(String field, String value, int maxLength) {
    if (value == null) {
      throw new InvalidInput(field, "is required");
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidInput(field, "must not be blank");
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidInput(field, "must be at most " + maxLength + " characters");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw new InvalidInput(field, "must not contain control characters");
      }
    }
    return trimmed;
  }

  public static String optionalText(String field, String value, int maxLength) {
    return value == null || value.isBlank() ? null : text(field, value, maxLength);
  }

  public static double range(String field, double value, double min, double max) {
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new InvalidInput(field, "must be a number from " + plain(min) + " to " + plain(max));
    }
    return value;
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
