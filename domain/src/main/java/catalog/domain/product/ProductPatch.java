package catalog.domain.product;

/**
 * A partial update, applied to the current fields. The HTTP layer implements it as a JSON merge
 * patch (RFC 7396); the result is validated again as a whole.
 */
@FunctionalInterface
public interface ProductPatch {
  ProductFields applyTo(ProductFields current);
}
