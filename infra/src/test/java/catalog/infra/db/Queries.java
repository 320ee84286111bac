package catalog.infra.db;

import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import catalog.domain.product.ProductView;
import catalog.domain.work.UnitOfWork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds list queries the way the HTTP layer does, and runs them. */
final class Queries {
  private Queries() {}

  static Filter filter(Field field, Object... values) {
    return new Filter(field, Arrays.asList(values));
  }

  /** {@code sort} as in the query string, e.g. {@code "-created_at,name"}. */
  static List<SortKey> sort(String sort) {
    return Arrays.stream(sort.split(",")).map(SortKey::parse).toList();
  }

  static ProductQuery query(List<Filter> filters, String sort, int limit, boolean includeTotal) {
    return new ProductQuery(filters, sort(sort), limit, null, includeTotal);
  }

  static ProductPage page(Database db, ProductQuery query) {
    try (UnitOfWork uow = db.newUnitOfWork()) {
      return uow.productReads().list(query);
    }
  }

  /** The ids of one page of up to 200 rows, sorted by name. */
  static List<UUID> ids(Database db, Filter... filters) {
    return page(db, query(List.of(filters), "name", ProductQuery.MAX_LIMIT, false)).items().stream()
        .map(ProductView::id).toList();
  }

  /** Follows the cursor from the first page to the last and returns every page, in order. */
  static List<ProductPage> walk(Database db, ProductQuery first) {
    List<ProductPage> pages = new ArrayList<>();
    ProductQuery query = first;
    while (true) {
      ProductPage page = page(db, query);
      pages.add(page);
      if (page.next() == null) {
        return pages;
      }
      if (pages.size() > 1000) {
        throw new AssertionError("paging does not end");
      }
      query = query.withAfter(page.next());
    }
  }
}
