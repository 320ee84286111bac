package catalog.domain;

import java.util.Objects;

/** One invalid field and why, as shown to the caller. */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
