package catalog.domain.classification;

import catalog.domain.Check;

/** A classification's display name: trimmed, 1 to 100 characters; compared case-insensitively. */
public record ClassificationName(String value) {
  public static final int MAX_LENGTH = 100;

  public ClassificationName {
    value = Check.text("name", value, MAX_LENGTH);
  }

  /** The form uniqueness is checked on: {@link #fold} of the name. */
  public String folded() {
    return fold(value);
  }

  /**
   * Lower case, code point by code point, as PostgreSQL's {@code lower()} does in a UTF-8 locale, which
   * decides what is unique and what a filter matches. Not {@link String#toLowerCase}: its context rules
   * make "ΣΊΣΥΦΟΣ" end in a final sigma and "İ" two code points, where lower() keeps one for one, so
   * names the database holds apart would fold together.
   */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints().map(Character::toLowerCase).forEach(folded::appendCodePoint);
    return folded.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
