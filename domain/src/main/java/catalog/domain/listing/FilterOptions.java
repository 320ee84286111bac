package catalog.domain.listing;

import catalog.domain.classification.Kind;
import java.util.List;

/**
 * The classification names a list can still be narrowed by, as a cascade: the parent categories of
 * the matching products, the categories under the chosen parent categories, and the brands under the
 * chosen categories. Each level ignores the filters on itself and on the levels below it, so that its
 * options stay selectable; each list is sorted and counts live products only.
 */
public record FilterOptions(List<String> parentCategories, List<String> categories, List<String> brands) {
  /** The levels of the cascade, top first. */
  public static final List<Kind> LEVELS = List.of(Kind.PARENT_CATEGORY, Kind.CATEGORY, Kind.BRAND);

  public FilterOptions {
    parentCategories = List.copyOf(parentCategories);
    categories = List.copyOf(categories);
    brands = List.copyOf(brands);
  }

  /** The filters that narrow the options of {@code level}: all but those on it and the levels below. */
  public static List<Filter> narrowing(Kind level, List<Filter> filters) {
    int depth = LEVELS.indexOf(level);
    if (depth < 0) {
      throw new IllegalArgumentException(level + " is not a level of the filter options");
    }
    List<Kind> ignored = LEVELS.subList(depth, LEVELS.size());
    return filters.stream()
        .filter(f -> f.field().kind().map(k -> !ignored.contains(k)).orElse(true))
        .toList();
  }

  /** The options of one level. */
  public List<String> of(Kind level) {
    return switch (level) {
      case PARENT_CATEGORY -> parentCategories;
      case CATEGORY -> categories;
      case BRAND -> brands;
      default -> throw new IllegalArgumentException(level + " is not a level of the filter options");
    };
  }
}
