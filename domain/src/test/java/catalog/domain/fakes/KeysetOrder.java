package catalog.domain.fakes;

import catalog.domain.listing.Field;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.SortKey;
import catalog.domain.listing.SourceOrder;
import catalog.domain.product.ProductView;
import catalog.domain.search.TextFolding;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Orders views by sort keys (nulls last in either direction, sources by {@link SourceOrder}, names by
 * their folded form and then as written), then by id in the first key's direction, as PostgreSQL orders
 * uuids.
 */
final class KeysetOrder implements Comparator<ProductView> {
  private final List<SortKey> keys;

  KeysetOrder(List<SortKey> keys) {
    this.keys = keys;
  }

  @Override
  public int compare(ProductView a, ProductView b) {
    return compare(valuesOf(a), a.id(), valuesOf(b), b.id());
  }

  boolean isAfter(ProductView view, Keyset keyset) {
    return compare(valuesOf(view), view.id(), keyset.values(), keyset.id()) > 0;
  }

  Keyset keysetOf(ProductView view) {
    return new Keyset(valuesOf(view), view.id());
  }

  private List<Object> valuesOf(ProductView view) {
    return keys.stream().map(k -> k.field().valueIn(view)).toList();
  }

  private int compare(List<Object> a, UUID aId, List<Object> b, UUID bId) {
    for (int i = 0; i < keys.size(); i++) {
      int c = compareValues(keys.get(i).field(), a.get(i), b.get(i), keys.get(i).descending());
      if (c != 0) {
        return c;
      }
    }
    int byId = aId.toString().compareTo(bId.toString());
    return !keys.isEmpty() && keys.get(0).descending() ? -byId : byId;
  }

  private static int compareValues(Field field, Object a, Object b, boolean descending) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int c = switch (a) {
      case String s when field == Field.SOURCE -> Comparator
          .comparingInt(SourceOrder::rank).thenComparing(Comparator.naturalOrder())
          .compare(s, (String) b);
      case String s when field == Field.NAME -> Comparator.comparing(TextFolding::fold)
          .thenComparing(Comparator.naturalOrder()).compare(s, (String) b);
      case String s -> s.compareTo((String) b);
      case Instant t -> t.compareTo((Instant) b);
      case Double d -> d.compareTo((Double) b);
      default -> throw new IllegalArgumentException("cannot order values of " + a.getClass());
    };
    return descending ? -c : c;
  }
}
