package catalog.domain.fakes;

import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.ProductView;
import catalog.domain.search.TextFolding;
import java.time.Instant;

/** What a {@link Filter} means for one product, as the SQL adapter answers it. */
final class FilterMatch {
  private FilterMatch() {}

  static boolean matches(Filter filter, ProductView view) {
    Object value = valueOf(filter.field(), view);
    return switch (filter.operator()) {
      case EQUALS -> value != null && filter.values().stream().anyMatch(v -> same(filter.field(), value, v));
      case NOT_EQUALS, NOT_IN -> value == null
          || filter.values().stream().noneMatch(v -> same(filter.field(), value, v));
      case AT_LEAST -> value != null && compare(value, filter.values().getFirst()) >= 0;
      case AT_MOST -> value != null && compare(value, filter.values().getFirst()) <= 0;
      case CONTAINS -> TextFolding.fold((String) value).contains(TextFolding.fold((String) filter.values().getFirst()));
    };
  }

  /** The value a filter on {@code field} compares with; classification filters match names. */
  static Object valueOf(Field field, ProductView view) {
    if (field.nutrient().isPresent()) {
      return view.fields().nutriFacts().values().get(field.nutrient().get());
    }
    if (field.kind().isPresent()) {
      ClassificationRef ref = view.classification(field.kind().get());
      return ref == null ? null : ref.name();
    }
    return switch (field) {
      case ID -> view.id();
      case NAME -> view.fields().name();
      case BARCODE -> view.fields().barcode();
      case IS_FOOD -> view.fields().isFood();
      case CREATED_AT -> view.createdAt();
      case UPDATED_AT -> view.updatedAt();
      case DISCARDED -> view.discarded();
      default -> throw new IllegalArgumentException(field + " has no value");
    };
  }

  private static boolean same(Field field, Object value, Object wanted) {
    return field.kind().isPresent() ? ((String) wanted).equalsIgnoreCase((String) value) : value.equals(wanted);
  }

  private static int compare(Object value, Object bound) {
    return switch (value) {
      case Instant t -> t.compareTo((Instant) bound);
      case Double d -> d.compareTo((Double) bound);
      default -> throw new IllegalArgumentException("cannot compare values of " + value.getClass());
    };
  }
}
