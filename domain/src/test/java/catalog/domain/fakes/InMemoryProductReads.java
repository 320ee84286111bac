package catalog.domain.fakes;

import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.ProductReads;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.Product;
import catalog.domain.product.ProductView;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ProductReads} over the in-memory stores: equality and IN filters, sort keys with ties broken
 * by id, keyset paging and an exact total. Discarded products are hidden unless filtered on.
 */
public final class InMemoryProductReads implements ProductReads {
  private final InMemoryProducts products;
  private final InMemoryClassifications classifications;

  public InMemoryProductReads(InMemoryProducts products, InMemoryClassifications classifications) {
    this.products = products;
    this.classifications = classifications;
  }

  @Override
  public Optional<ProductView> find(UUID id) {
    return products.find(id).map(this::view);
  }

  @Override
  public ProductPage list(ProductQuery query) {
    List<ProductView> matching = products.all().stream()
        .map(this::view)
        .filter(v -> !query.hidesDiscarded() || !v.discarded())
        .filter(v -> query.filters().stream().allMatch(f -> matches(f, v)))
        .toList();
    KeysetOrder order = new KeysetOrder(query.sort());
    List<ProductView> after = matching.stream()
        .filter(v -> query.after() == null || order.isAfter(v, query.after()))
        .sorted(order)
        .toList();
    List<ProductView> items = after.stream().limit(query.limit()).toList();
    Keyset next = after.size() > items.size() ? order.keysetOf(items.getLast()) : null;
    Long total = query.includeTotal() ? (long) matching.size() : null;
    return new ProductPage(items, next, total);
  }

  private ProductView view(Product product) {
    Map<Kind, ClassificationRef> refs = new EnumMap<>(Kind.class);
    product.fields().classifications().forEach((kind, id) -> refs.put(kind, new ClassificationRef(id,
        classifications.find(kind, id).map(Classification::name).map(n -> n.value()).orElse(null))));
    return new ProductView(product.id(), product.fields(), Collections.unmodifiableMap(refs),
        product.version(), product.discarded(), product.createdAt(), product.updatedAt());
  }

  private static boolean matches(Filter filter, ProductView view) {
    Object value = filterValue(filter.field(), view);
    if (filter.field().kind().isPresent()) {
      return value != null && filter.values().stream().anyMatch(v -> ((String) v).equalsIgnoreCase((String) value));
    }
    return filter.values().contains(value);
  }

  /** The value a filter on {@code field} compares with; classification filters match names. */
  private static Object filterValue(Field field, ProductView view) {
    return switch (field) {
      case ID -> view.id();
      case NAME -> view.fields().name();
      case BARCODE -> view.fields().barcode();
      case IS_FOOD -> view.fields().isFood();
      case CREATED_AT -> view.createdAt();
      case UPDATED_AT -> view.updatedAt();
      case DISCARDED -> view.discarded();
      case SOURCE, BRAND, CATEGORY, PARENT_CATEGORY, FOOD_GROUP, PROCESS_TYPE -> {
        ClassificationRef ref = view.classification(field.kind().orElseThrow());
        yield ref == null ? null : ref.name();
      }
    };
  }
}
