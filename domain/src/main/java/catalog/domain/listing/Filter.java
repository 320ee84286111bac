package catalog.domain.listing;

import java.util.List;
import java.util.Objects;

/** Keeps the products whose field equals one of the values (one value: equality; more: IN). */
public record Filter(Field field, List<Object> values) {
  public Filter {
    Objects.requireNonNull(field, "field");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a filter needs at least one value");
    }
  }
}
