package catalog.domain.listing;

import catalog.domain.product.ProductView;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the read side of products, answered straight from the store. */
public interface ProductReads {

  /** The product with that id, discarded or not. */
  Optional<ProductView> find(UUID id);

  ProductPage list(ProductQuery query);

  /**
   * Live products whose name holds every word of the query, or has a stretch like it: those holding
   * every word first (the query as a phrase ahead of them), then those whose first word is the query's,
   * then by trigram similarity of the whole name; at most {@code query.limit()}. A query word that no
   * name contains is first corrected to the nearest word that one does, or completed to one that begins
   * with it ({@link catalog.domain.search.Spelling}); the result says so.
   */
  SearchResult search(SearchQuery query);

  /** The cascade of classification names the filters leave (see {@link FilterOptions}); live products only. */
  FilterOptions filterOptions(List<Filter> filters);
}
