package catalog.app.importing;

/**
 * An import input that cannot be read as a whole (a bad CSV header, invalid UTF-8, a record without
 * an end, a broken connection): the import stops and keeps nothing. {@code where} names the place,
 * e.g. {@code header} or {@code line 12}.
 */
public final class UnreadableInput extends RuntimeException {
  private final String where;

  public UnreadableInput(String where, String message) {
    super(message);
    this.where = where;
  }

  public UnreadableInput(String where, String message, Throwable cause) {
    super(message, cause);
    this.where = where;
  }

  public String where() {
    return where;
  }
}
