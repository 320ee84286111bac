package catalog.domain.listing;

import catalog.domain.product.ProductView;
import java.util.List;

/** One page of a list: its rows, the keyset to continue after (null on the last page), the total if asked. */
public record ProductPage(List<ProductView> items, Keyset next, Long total) {
  public ProductPage {
    items = List.copyOf(items);
  }
}
