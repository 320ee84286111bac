package catalog.app.http;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.listing.Field;
import catalog.domain.listing.Filter;
import catalog.domain.listing.Keyset;
import catalog.domain.listing.ProductQuery;
import catalog.domain.listing.SortKey;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the list query string into a {@link ProductQuery}; every unknown key or bad value is a 400 naming it. */
final class ListParams {
  static final Set<String> PAGING = Set.of("sort", "limit", "cursor", "include_total");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,10}");

  private final Cursors cursors;

  ListParams(Cursors cursors) {
    this.cursors = cursors;
  }

  /** The query and the context string its cursors are bound to. */
  record Parsed(ProductQuery query, String context) {}

  Parsed parse(Map<String, List<String>> params) {
    List<FieldError> errors = new ArrayList<>();
    List<Filter> filters = new ArrayList<>();
    List<SortKey> sort = ProductQuery.DEFAULT_SORT;
    int limit = ProductQuery.DEFAULT_LIMIT;
    boolean includeTotal = false;
    String cursor = null;
    for (Map.Entry<String, List<String>> entry : params.entrySet()) {
      String key = entry.getKey();
      if (key.isEmpty()) {
        continue; // "?a=1&" has an empty key: no parameter at all, not an unknown one
      }
      List<String> values = entry.getValue();
      try {
        switch (key) {
          case "sort" -> sort = sort(single(key, values));
          case "limit" -> limit = limit(single(key, values));
          case "cursor" -> cursor = single(key, values);
          case "include_total" -> includeTotal = (Boolean) Field.IS_FOOD.parse(key, single(key, values));
          default -> filters.add(filter(key, values, "; also sort, limit, cursor, include_total"));
        }
      } catch (InvalidInput e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw HttpProblem.badRequest(errors);
    }
    ProductQuery query;
    try {
      query = new ProductQuery(filters, sort, limit, null, includeTotal);
    } catch (InvalidInput e) {
      throw HttpProblem.badRequest(e.errors());
    }
    String context = context(query);
    if (cursor != null) {
      Keyset after = cursors.decode(cursor, query.sort(), context);
      query = query.withAfter(after);
    }
    return new Parsed(query, context);
  }

  /**
   * The filters of a query string that may hold nothing else (filter-options); {@code discarded} is not
   * one of them there, since the options always count live products only.
   */
  static List<Filter> filtersOnly(Map<String, List<String>> params) {
    List<FieldError> errors = new ArrayList<>();
    List<Filter> filters = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : params.entrySet()) {
      String key = entry.getKey();
      if (key.isEmpty()) {
        continue; // "?a=1&" has an empty key: no parameter at all, not an unknown one
      }
      if (PAGING.contains(key) || key.equals(Field.DISCARDED.key())) {
        errors.add(new FieldError(key, "is not accepted here: filter options take list filters only"
            + " and always count live products"));
        continue;
      }
      try {
        filters.add(filter(key, entry.getValue(), ""));
      } catch (InvalidInput e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw HttpProblem.badRequest(errors);
    }
    return filters;
  }

  /**
   * What a cursor is bound to: the sort and the filters, in a canonical order. Keys and values are
   * percent-encoded, so that no value can pass for a separator (brand {@code "Acme&name_like=o"} is
   * not brand Acme and name_like o).
   */
  private static String context(ProductQuery query) {
    String sort = query.sort().stream().map(SortKey::toString).collect(Collectors.joining(","));
    String filters = query.filters().stream()
        .map(f -> encoded(f.key()) + "=" + f.values().stream().map(v -> encoded(String.valueOf(v))).sorted()
            .collect(Collectors.joining(",")))
        .sorted()
        .collect(Collectors.joining("&"));
    return sort + "|" + filters;
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** One filter; an unknown key's message lists the keys there are, and {@code more} the endpoint's others. */
  private static Filter filter(String key, List<String> values, String more) {
    try {
      return Filter.parse(key, values);
    } catch (InvalidInput e) {
      if (e.errors().size() == 1 && e.errors().getFirst().message().equals("is not a known query parameter")) {
        throw new InvalidInput(key, "is not a known query parameter; filters are " + Filter.acceptedKeys() + more);
      }
      throw e;
    }
  }

  private static List<SortKey> sort(String raw) {
    List<SortKey> keys = new ArrayList<>();
    for (String token : raw.split(",", -1)) {
      if (token.isBlank()) {
        throw new InvalidInput("sort", "has an empty key");
      }
      keys.add(SortKey.parse(token)); // as written: " name" is no more a sort key than "name " is a brand
    }
    return keys;
  }

  private static int limit(String raw) {
    try {
      int limit = wholeNumber(raw);
      if (limit < 1 || limit > ProductQuery.MAX_LIMIT) {
        throw new InvalidInput("limit", "must be from 1 to " + ProductQuery.MAX_LIMIT + " (got " + raw + ")");
      }
      return limit;
    } catch (NumberFormatException e) {
      throw new InvalidInput("limit", "must be a whole number from 1 to " + ProductQuery.MAX_LIMIT
          + " (got '" + raw + "')");
    }
  }

  /** {@link Integer#parseInt} over ASCII digits only: it also reads other scripts' digits ("٣" as 3). */
  static int wholeNumber(String raw) {
    if (!WHOLE_NUMBER.matcher(raw).matches()) {
      throw new NumberFormatException("not a whole number: " + raw);
    }
    return Integer.parseInt(raw);
  }

  private static String single(String key, List<String> values) {
    if (values.size() != 1) {
      throw new InvalidInput(key, "may be given only once");
    }
    return values.get(0);
  }
}
