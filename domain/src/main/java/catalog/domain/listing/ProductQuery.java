package catalog.domain.listing;

import catalog.domain.InvalidInput;
import java.util.List;
import java.util.Objects;

/** A list request: filters (ANDed), sort keys, page size, where to start, and whether to count. */
public record ProductQuery(
    List<Filter> filters, List<SortKey> sort, int limit, Keyset after, boolean includeTotal) {
  public static final int MAX_LIMIT = 200;
  public static final int DEFAULT_LIMIT = 50;
  public static final List<SortKey> DEFAULT_SORT = List.of(new SortKey(Field.NAME, false));

  public ProductQuery {
    filters = List.copyOf(filters);
    sort = List.copyOf(sort);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInput("limit", "must be from 1 to " + MAX_LIMIT);
    }
    if (after != null && after.values().size() != sort.size()) {
      throw new InvalidInput("cursor", "does not belong to this sort");
    }
    long distinct = sort.stream().map(SortKey::field).distinct().count();
    if (distinct != sort.size()) {
      throw new InvalidInput("sort", "names a key more than once");
    }
  }

  /** True unless the caller filtered on {@code discarded} themselves. */
  public boolean hidesDiscarded() {
    return filters.stream().noneMatch(f -> f.field() == Field.DISCARDED);
  }

  public ProductQuery withAfter(Keyset keyset) {
    return new ProductQuery(filters, sort, limit, Objects.requireNonNull(keyset), includeTotal);
  }
}
