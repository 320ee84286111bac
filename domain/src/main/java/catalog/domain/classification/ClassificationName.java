package catalog.domain.classification;

import catalog.domain.Check;
import java.util.Locale;

/** A classification's display name: trimmed, 1 to 100 characters; compared case-insensitively. */
public record ClassificationName(String value) {
  public static final int MAX_LENGTH = 100;

  public ClassificationName {
    value = Check.text("name", value, MAX_LENGTH);
  }

  /** The form uniqueness is checked on. */
  public String folded() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
