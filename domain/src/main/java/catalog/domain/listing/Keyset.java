package catalog.domain.listing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a page ended: the sort values and id of its last row; the next page starts after it. A value
 * is null when that row has none (such rows sort last in either direction).
 */
public record Keyset(List<Object> values, UUID id) {
  public Keyset {
    values = Collections.unmodifiableList(new ArrayList<>(values));
    Objects.requireNonNull(id, "id");
  }
}
