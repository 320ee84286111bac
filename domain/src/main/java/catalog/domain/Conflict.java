package catalog.domain;

import java.util.List;

/**
 * The change collides with the current state, e.g. a duplicate (barcode, source) or name. A duplicate
 * names the field it repeats in {@link #errors()}; other conflicts (a discarded row, another import) have
 * none.
 */
public final class Conflict extends DomainException {
  private final List<FieldError> errors;

  public Conflict(String message) {
    this(message, List.of(), null);
  }

  public Conflict(String message, Throwable cause) {
    this(message, List.of(), cause);
  }

  public Conflict(String message, List<FieldError> errors, Throwable cause) {
    super(message, cause);
    this.errors = List.copyOf(errors);
  }

  /** The fields whose values collide, each with why; empty when no field is at fault. */
  public List<FieldError> errors() {
    return errors;
  }
}
