package catalog.domain.search;

import catalog.domain.product.ProductView;

/** A product found by similarity search and how similar its name is to the query (0 to 1). */
public record SearchHit(ProductView product, double similarity) {}
