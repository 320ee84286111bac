package catalog.domain.fakes;

import catalog.domain.classification.Classification;
import catalog.domain.classification.Kind;
import catalog.domain.listing.FilterOptions;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.ProductPage;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.ProductReads;
import catalog.domain.product.ClassificationRef;
import catalog.domain.product.Product;
import catalog.domain.product.ProductView;
import catalog.domain.search.SearchHit;
import catalog.domain.search.SearchQuery;
import catalog.domain.search.SearchResult;
import catalog.domain.search.SearchText;
import catalog.domain.search.Spelling;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link ProductReads} over the in-memory stores: every filter operator, sort keys with nulls last and
 * ties broken by id, keyset paging, an exact total, a trigram-like search and the filter options.
 * Discarded products are hidden unless filtered on.
 */
public final class InMemoryProductReads implements ProductReads {
  /** pg_trgm's default word similarity threshold, which the SQL search uses too. */
  static final double WORD_SIMILARITY_THRESHOLD = 0.6;

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
    List<ProductView> matching = matching(query.filters(), query.hidesDiscarded());
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

  @Override
  public SearchResult search(SearchQuery query) {
    String asked = query.normalized();
    String q = corrected(asked);
    List<SearchHit> hits = search(q, query.limit());
    return q.equals(asked) ? SearchResult.asGiven(hits) : new SearchResult(hits, q);
  }

  /**
   * As the database does it (search_word, V5): each correctable word that is not a word of 3 letters or more,
   * not a number, of a name (discarded or not), corrected.
   */
  private String corrected(String normalized) {
    Set<String> words = new HashSet<>();
    products.all().forEach(p -> Arrays.stream(SearchText.of(p.fields().name()).split(" "))
        .filter(w -> w.length() >= 3 && !w.chars().allMatch(Character::isDigit))
        .forEach(words::add));
    List<String> unknown = Spelling.correctable(normalized).stream().filter(w -> !words.contains(w)).toList();
    return Spelling.corrected(normalized, unknown, w -> words);
  }

  private List<SearchHit> search(String q, int limit) {
    String firstWord = q.split(" ")[0];
    record Scored(SearchHit hit, boolean wholeWord, boolean firstWord, double wordSimilarity) {}
    return matching(List.of(), true).stream()
        .map(v -> {
          String name = SearchText.of(v.fields().name());
          boolean whole = (" " + name + " ").contains(" " + q + " ");
          boolean first = name.split(" ")[0].equals(firstWord);
          SearchHit hit = new SearchHit(v, FakeSimilarity.similarity(q, name));
          return new Scored(hit, whole, first, FakeSimilarity.wordSimilarity(q, name));
        })
        .filter(s -> s.wholeWord() || s.wordSimilarity() >= WORD_SIMILARITY_THRESHOLD)
        .sorted(Comparator.comparing(Scored::wholeWord).reversed()
            .thenComparing(Comparator.comparing(Scored::firstWord).reversed())
            .thenComparing(Comparator.comparingDouble((Scored s) -> s.hit().similarity()).reversed())
            .thenComparing(s -> s.hit().product().fields().name())
            .thenComparing(s -> s.hit().product().id().toString()))
        .limit(limit)
        .map(Scored::hit)
        .toList();
  }

  @Override
  public FilterOptions filterOptions(List<Filter> filters) {
    Map<Kind, List<String>> options = new EnumMap<>(Kind.class);
    for (Kind level : FilterOptions.LEVELS) {
      options.put(level, matching(FilterOptions.narrowing(level, filters), true).stream()
          .map(v -> v.classification(level))
          .filter(Objects::nonNull)
          .map(ClassificationRef::name)
          .distinct()
          .sorted(Comparator.comparing((String n) -> n.toLowerCase(java.util.Locale.ROOT)).thenComparing(n -> n))
          .toList());
    }
    return new FilterOptions(options.get(Kind.PARENT_CATEGORY), options.get(Kind.CATEGORY), options.get(Kind.BRAND));
  }

  private List<ProductView> matching(List<Filter> filters, boolean hideDiscarded) {
    return products.all().stream()
        .map(this::view)
        .filter(v -> !hideDiscarded || !v.discarded())
        .filter(v -> filters.stream().allMatch(f -> FilterMatch.matches(f, v)))
        .toList();
  }

  private ProductView view(Product product) {
    Map<Kind, ClassificationRef> refs = new EnumMap<>(Kind.class);
    product.fields().classifications().forEach((kind, id) -> refs.put(kind, new ClassificationRef(id,
        classifications.find(kind, id).map(Classification::name).map(n -> n.value()).orElse(null))));
    return new ProductView(product.id(), product.fields(), Collections.unmodifiableMap(refs),
        product.version(), product.discarded(), product.createdAt(), product.updatedAt());
  }
}
