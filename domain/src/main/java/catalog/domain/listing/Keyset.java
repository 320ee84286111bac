package catalog.domain.listing;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Where a page ended: the sort values and id of its last row; the next page starts after it. */
public record Keyset(List<Object> values, UUID id) {
  public Keyset {
    values = List.copyOf(values);
    Objects.requireNonNull(id, "id");
  }
}
