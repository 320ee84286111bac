package catalog.app.http;

import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import catalog.domain.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code q} and {@code limit} of a search; any other key, or a bad value, is a 400 naming it. */
final class SearchParams {
  private SearchParams() {}

  static SearchQuery parse(Map<String, List<String>> params) {
    List<FieldError> errors = new ArrayList<>();
    String q = null;
    int limit = SearchQuery.DEFAULT_LIMIT;
    for (Map.Entry<String, List<String>> entry : params.entrySet()) {
      String key = entry.getKey();
      if (key.isEmpty()) {
        continue; // "?a=1&" has an empty key: no parameter at all, not an unknown one
      }
      List<String> values = entry.getValue();
      if (values.size() != 1) {
        errors.add(new FieldError(key, "may be given only once"));
        continue;
      }
      switch (key) {
        case "q" -> q = values.getFirst();
        case "limit" -> {
          try {
            limit = ListParams.wholeNumber(values.getFirst());
          } catch (NumberFormatException e) {
            errors.add(new FieldError("limit", "must be a whole number from 1 to " + SearchQuery.MAX_LIMIT
                + " (got '" + values.getFirst() + "')"));
          }
        }
        default -> errors.add(new FieldError(key, "is not a known query parameter here; accepted: q, limit"));
      }
    }
    if (errors.isEmpty()) {
      try {
        return SearchQuery.of(q, limit);
      } catch (InvalidInput e) {
        errors.addAll(e.errors());
      }
    }
    throw HttpProblem.badRequest(errors);
  }
}
