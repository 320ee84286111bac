package catalog.domain.listing;

import catalog.domain.product.ProductView;
import java.util.Optional;
import java.util.UUID;

/** Port: the read side of products, answered straight from the store. */
public interface ProductReads {

  /** The product with that id, discarded or not. */
  Optional<ProductView> find(UUID id);

  ProductPage list(ProductQuery query);
}
