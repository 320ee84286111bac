package catalog.domain.product;

import java.util.Optional;
import java.util.UUID;

/** Port: the stored products (write model). */
public interface Products {

  Optional<Product> find(UUID id);

  /** Stores a new product; a live one with the same (barcode, source) is a {@link catalog.domain.Conflict}. */
  void add(Product product);

  /**
   * Stores a changed product if its stored version still equals {@code product.version()}; returns it
   * at the next version, or throws {@link catalog.domain.StaleVersion}.
   */
  Product update(Product product);
}
