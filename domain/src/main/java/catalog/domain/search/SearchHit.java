package catalog.domain.search;

import catalog.domain.product.ProductView;

/** A product found by similarity search and the trigram similarity of its name to the query (0 to 1). */
public record SearchHit(ProductView product, double similarity) {}
