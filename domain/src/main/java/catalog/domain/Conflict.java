package catalog.domain;

/** The change collides with the current state, e.g. a duplicate (barcode, source) or name. */
public final class Conflict extends DomainException {
  public Conflict(String message) {
    super(message);
  }

  public Conflict(String message, Throwable cause) {
    super(message, cause);
  }
}
