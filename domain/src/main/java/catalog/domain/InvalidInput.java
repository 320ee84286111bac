package catalog.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule of the model; names every offending field. */
public final class InvalidInput extends DomainException {
  private final List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("InvalidInput needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
